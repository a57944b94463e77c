"""Reads the Atom feed and the DCAT-AP catalogue as a harvester would: the feed with
feedparser, the catalogue with a JSON-LD processor (pyld) turned into RDF. Prints what
it found as JSON for the Rust test to check. Usage: harvest.py FEED CATALOGUE"""
import json
import sys

import feedparser
from pyld import jsonld

with open(sys.argv[1], "rb") as f:
    feed = feedparser.parse(f.read())
with open(sys.argv[2], encoding="utf-8") as f:
    catalogue = json.load(f)

# Expansion fails on malformed JSON-LD; to_rdf gives the triples a data portal would store.
expanded = jsonld.expand(catalogue)
quads = jsonld.to_rdf(catalogue, {"format": "application/n-quads"})
triples = [line for line in quads.splitlines() if line.strip()]
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

print(json.dumps({
    "feed_version": feed.version,
    "bozo": bool(feed.bozo),
    "bozo_exception": str(feed.get("bozo_exception", "")),
    "feed_title": feed.feed.get("title"),
    "entries": [
        {
            "title": e.get("title"),
            "id": e.get("id"),
            "updated": e.get("updated"),
            "links": [{"rel": l.get("rel"), "href": l.get("href"), "type": l.get("type")} for l in e.get("links", [])],
        }
        for e in feed.entries
    ],
    "expanded_nodes": len(expanded),
    "triples": len(triples),
    "types": sorted({t.split(" ")[2] for t in triples if t.split(" ")[1] == RDF_TYPE}),
    "predicates": sorted({t.split(" ")[1] for t in triples}),
    "datasets": sum(1 for t in triples if t.split(" ")[1] == RDF_TYPE and "dcat#Dataset" in t),
}))
