"""run: the pipeline — the worker (one input in, records out), the local runner, the forked local workers
(forked.py) and the Dask runner, all calling the worker's public function, then the store and the link stage.

May import: link, store, extractors, language, reading, core.
"""
