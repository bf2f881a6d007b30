"""Session 8 (zh13): Chinese names no lexicon lists, read from the signal around them — one entry point.

Each signal is a module of its own (see its docstring); this module only calls them, so that the written
finder wires them with one import and one call:

- persons: person_surname_marks (冯氏, 蒋先生, 张部, 夏、叶两师), person_family_names (冈村 … after 冈村宁次),
  person_variants (冈村甯次, 岗村宁次), person_unit_owners (X的六十七军), person_dash_titles (连长——X),
  person_japanese_officers (调来X少将, 师团长X因), person_life_dates (X（1895—1982）), person_courtesy_address
  (“健生兄”), person_dispatch (派X谒…);
- forces: person_forces (胡宗铎师, 阎军), unit_bare_numbers (三五二团的一营, 我的三旅);
- places: place_short_forms (由新民地区, 连下六合, 在淡水或基隆登陆), place_area_frames (于X地区, 阻在X、Y一带),
  place_county_heads (钦县, 霍县), place_abbreviation_moves (由鄂入湘, 进疆, 赴苏), place_quoted_states
  (建立“某某汗国”), place_address_chains (滁州X。, 长阳X湾等地), facility_gates (从X门拥入);
- organisations and events: org_ministries (国防部长 → 国防部), event_quoted (“朱毛会师”).
"""

from __future__ import annotations

from pipeline.rules.event_quoted import find_quoted_events
from pipeline.rules.facility_gates import find_gates
from pipeline.rules.org_local_bodies import find_local_bodies
from pipeline.rules.org_ministries import find_ministries
from pipeline.rules.person_courtesy_address import find_courtesy_addresses
from pipeline.rules.person_dash_titles import find_dash_titles
from pipeline.rules.person_dispatch import find_dispatched
from pipeline.rules.person_family_names import find_family_names
from pipeline.rules.person_force_heads import find_force_heads
from pipeline.rules.person_forces import find_person_forces
from pipeline.rules.person_japanese_officers import find_japanese_officers
from pipeline.rules.person_life_dates import find_life_dates
from pipeline.rules.person_surname_marks import find_surname_marks
from pipeline.rules.person_unit_owners import find_unit_owners
from pipeline.rules.person_variants import find_person_variants
from pipeline.rules.place_abbreviation_moves import find_abbreviation_moves
from pipeline.rules.place_address_chains import find_address_chains
from pipeline.rules.place_admin_chains import find_admin_chains
from pipeline.rules.place_area_frames import find_area_places
from pipeline.rules.place_county_heads import find_county_heads
from pipeline.rules.place_quoted_states import find_quoted_states
from pipeline.rules.place_list_closers import find_list_closer_members
from pipeline.rules.place_route_frames import find_route_ends
from pipeline.rules.place_waypoint_lists import find_waypoints
from pipeline.rules.place_short_forms import find_short_forms
from pipeline.rules.unit_bare_numbers import find_bare_numbered_units
from pipeline.rules.unit_named_columns import find_named_columns
from pipeline.rules.unit_subordinate_commanders import find_subordinate_commanders
from pipeline.spans import Candidate


def find_recall_signals(text: str, written: list[Candidate]) -> list[Candidate]:
    """Candidates of every signal above in `text` (working text); `written` are the written finders' candidates
    so far (the person signals read the persons found in them and by the person finder)."""
    variants = find_person_variants(text)
    return (find_surname_marks(text, written) + find_person_forces(text, written)
            + find_subordinate_commanders(text, written)
            + find_family_names(text, written + variants) + variants
            + find_short_forms(text) + find_area_places(text) + find_unit_owners(text) + find_dash_titles(text)
            + find_ministries(text) + find_county_heads(text) + find_japanese_officers(text) + find_life_dates(text)
            + find_abbreviation_moves(text) + find_courtesy_addresses(text) + find_quoted_states(text)
            + find_bare_numbered_units(text) + find_named_columns(text) + find_gates(text) + find_address_chains(text) + find_admin_chains(text)
            + find_route_ends(text) + find_list_closer_members(text) + find_waypoints(text)
            + find_quoted_events(text) + find_dispatched(text) + find_local_bodies(text) + find_force_heads(text))
