"""serve: the HTTP API and the dashboard — app factory, query catalogue, charts, templates and static files.

May import: export, link, store, extractors (the domain list), core.
"""
