"""Meta-STaR: corpora of search traces, fine-tuning on them, and iterated rounds.

* :mod:`agents.metastar.collect`: solution-only, search-trace and verified-agent corpora;
* :mod:`agents.metastar.strategies`: the solver-driven search strategies of a corpus;
* :mod:`agents.metastar.trace_text`: the text a Meta-STaR model reads and writes.
"""
