"""The Streamlit dashboard: pages read filters, ask named queries, and hand frames to figure builders."""
