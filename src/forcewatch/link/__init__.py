"""Record linkage across sources (issue #3): the same death in several datasets.

`prepare` builds the normalised linkage table, `model.link` scores and clusters
record pairs with splink and writes `link_pairs` and `clusters` into the store,
`evaluate` measures the result against the sources' own cross-references.
"""

from forcewatch.link.model import LinkResult, link

__all__ = ["LinkResult", "link"]
