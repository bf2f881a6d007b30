"""Linked places as GeoJSON: one Feature per place id with coordinates (opens in QGIS).

Places are linked across scripts and languages by pipeline.link (衡阳 = 衡陽 =
Hengyang share `cn:430400`); the coordinates are the entity's own (norm.lat/lon)
or, for a form that carries only the id, the gazetteer's for that id. A place
without coordinates is left out (a wrong point misleads more than a missing one).
"""

from __future__ import annotations

import json
from typing import Iterable

from pipeline.io import atomic_writer

PLACE_LABELS = ("GPE", "LOC", "FAC")


def geojson_collection(records: Iterable[dict]) -> dict:
    from pipeline.link import link_entities
    from pipeline.normalize.places import gazetteer_by_id

    records = list(records)
    coords: dict[str, tuple[float, float]] = {}
    for record in records:
        for ent in record.get("entities") or []:
            norm = ent.get("norm") or {}
            if ent.get("label") in PLACE_LABELS and norm.get("id") and norm.get("lat") is not None:
                coords.setdefault(norm["id"], (norm["lat"], norm["lon"]))
    known = gazetteer_by_id()
    features = []
    for row in link_entities(records):
        if row["label"] not in PLACE_LABELS:
            continue
        lat, lon = coords.get(row["id"]) or known.get(row["id"]) or (None, None)
        if lat is None or lon is None:
            continue
        features.append({
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"id": row["id"], "label": row["label"],
                           "name": (row["zh-Hans"] or row["en"] or row["zh-Hant"] or [row["id"]])[0],
                           "zh-Hans": row["zh-Hans"], "zh-Hant": row["zh-Hant"], "en": row["en"],
                           "mentions": row["mentions"], "documents": row["documents"]},
        })
    return {"type": "FeatureCollection", "features": features}


def write_geojson(path, records: Iterable[dict]) -> int:
    """Write the places of `records` as a GeoJSON FeatureCollection; returns the feature count."""
    collection = geojson_collection(records)
    with atomic_writer(path) as handle:
        json.dump(collection, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return len(collection["features"])
