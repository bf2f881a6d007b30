"""Extraction at scale: one corpus over many processes or machines.

    zhanji extract archive/ -o out/ --scheduler local --workers 4   (a LocalCluster)
    zhanji extract archive/ -o out/ --scheduler tcp://HOST:8786     (an existing Dask cluster)
    zhanji merge out/ -o archive.jsonl

  task.py      what a worker does with one input file (also `--processes` workers)
  shards.py    the output directory: JSONL shards, the manifest, the lock
  runner.py    the client: submits Dask tasks (batches of files), collects, resumes
  template.py  --scheduler local: workers forked from a warm forkserver
  merge.py     the shards back into one corpus file, in input order

Dask (`distributed`) is imported only when a cluster run starts.
"""
