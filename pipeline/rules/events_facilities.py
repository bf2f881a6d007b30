"""EVENT and FAC finders (facade): the finders live in pipeline.rules.events and
pipeline.rules.facilities, their shared name walk in pipeline.rules.name_walk.
"""

from pipeline.rules.events import find_events
from pipeline.rules.facilities import find_facilities
from pipeline.rules.name_walk import big_places

__all__ = ["big_places", "find_events", "find_facilities"]
