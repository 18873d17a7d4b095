"""The conference report: a scope and a period in, a PowerPoint deck or a PDF out.

scope.py resolves what the user named; content.py asks the queries and builds the slides as plain values
(figures and tables); slides.py and pdf.py write them. The charts are the dashboard's own figure builders,
rendered to PNG by dashboard/images.py.
"""
