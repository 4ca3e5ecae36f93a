"""Store -> networkx projections, and the network analyses on them (one module each).

* :mod:`kg.network.data`: the store read once into :class:`GraphData`;
* :mod:`kg.network.projections`: actor network, event graph, stance network;
* :mod:`kg.network.names`: the one actor-name lookup every command uses;
* :mod:`kg.network.path`: shortest connection explained, neighbours;
* :mod:`kg.network.centrality`, :mod:`kg.network.communities`;
* :mod:`kg.network.timeline`, :mod:`kg.network.stance`;
* :mod:`kg.network.files`: GraphML, GEXF and CSV files.

The analyses take a store, the :class:`GraphData` read from it, or (where it makes
sense) a projection already built, so a notebook can read the store once.
"""

from kg.network.centrality import MEASURES, compute_centrality, rank_actors
from kg.network.communities import find_communities
from kg.network.data import ActorInfo, EventInfo, GraphData, PlaceInfo, Ranked, read_graph_data
from kg.network.files import EXPORT_FORMATS, write_projection
from kg.network.names import AmbiguousName, find_actor
from kg.network.path import Hop, PathExplanation, explain_path, find_neighbors
from kg.network.projections import (
    PROJECTIONS,
    STANCE_SIGNS,
    build_actor_network,
    build_event_graph,
    build_projection,
    build_stance_network,
)
from kg.network.stance import StanceEdge, StanceSummary, summarise_stance
from kg.network.timeline import TimelineEntry, build_timeline

__all__ = [
    "ActorInfo",
    "EventInfo",
    "PlaceInfo",
    "GraphData",
    "AmbiguousName",
    "PROJECTIONS",
    "EXPORT_FORMATS",
    "MEASURES",
    "STANCE_SIGNS",
    "read_graph_data",
    "build_actor_network",
    "build_event_graph",
    "build_stance_network",
    "build_projection",
    "find_actor",
    "explain_path",
    "find_neighbors",
    "rank_actors",
    "compute_centrality",
    "find_communities",
    "build_timeline",
    "summarise_stance",
    "write_projection",
    "Hop",
    "PathExplanation",
    "TimelineEntry",
    "StanceEdge",
    "StanceSummary",
    "Ranked",
]
