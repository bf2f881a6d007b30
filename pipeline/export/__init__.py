"""Exports of a corpus for the tools historians already use: TEI P5 XML and GeoJSON."""

from pipeline.export.geojson import geojson_collection, write_geojson
from pipeline.export.tei import read_tei, tei_corpus, write_tei

__all__ = ["geojson_collection", "read_tei", "tei_corpus", "write_geojson", "write_tei"]
