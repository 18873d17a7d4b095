"""phoihop ETL: read articles, clean them, extract coordination events, load the DuckDB warehouse."""
