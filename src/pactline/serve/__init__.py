"""serve: the HTTP API and the dashboard — the app factory (app.py), API routers (api/, one module per record
kind), pages (pages.py), charts, and the query catalogue of what the API serves (query.py).

May import: export, link, store, extractors (the domain list), core.
"""
