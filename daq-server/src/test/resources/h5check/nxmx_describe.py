#!/usr/bin/python3
"""Independent reader for the tests: describes an NXmx master file with h5py and prints JSON.

usage: nxmx_describe.py MASTER [frame,y,x ...]
Output: {"nodes": {path: {...}}, "links": {path: {"file", "path"}}, "frames": {...}, "pixels": [[f, y, x, value]]}
Frames are read through the master only (following its external links, or /entry/data/data when self-contained),
in link-name order, as DIALS and XDS plugins read Eiger datasets.
"""
import hashlib
import json
import sys

import h5py
import numpy as np


def plain(value):
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, np.ndarray):
        return [plain(v) for v in value.tolist()] if value.dtype.kind in "SOU" else value.tolist()
    if isinstance(value, np.generic):
        return plain(value.item())
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def describe(group, prefix, nodes, links):
    for name in group:
        path = prefix + "/" + name
        link = group.get(name, getlink=True)
        if isinstance(link, h5py.ExternalLink):
            links[path] = {"file": link.filename, "path": link.path}
            continue
        obj = group[name]
        attrs = {k: plain(v) for k, v in obj.attrs.items()}
        if isinstance(obj, h5py.Group):
            nodes[path] = {"type": "group", "attrs": attrs}
            describe(obj, path, nodes, links)
        else:
            entry = {"type": "dataset", "shape": list(obj.shape), "dtype": str(obj.dtype), "attrs": attrs}
            if obj.size <= 100000 and obj.ndim <= 1:
                entry["value"] = plain(obj[()])
            nodes[path] = entry


def frame_sources(f):
    data = f["/entry/data"]
    if "data" in data and not isinstance(data.get("data", getlink=True), h5py.ExternalLink):
        return [("data", data["data"])]
    return [(name, data[name]) for name in sorted(data) if name.startswith("data_")]


def main():
    master = sys.argv[1]
    probes = [tuple(int(v) for v in p.split(",")) for p in sys.argv[2:]]
    with h5py.File(master, "r") as f:
        nodes, links = {}, {}
        nodes["/"] = {"type": "group", "attrs": {k: plain(v) for k, v in f.attrs.items()}}
        describe(f, "", nodes, links)
        per_link, hashes, dtypes, shapes = [], [], set(), set()
        stack = []
        for name, ds in frame_sources(f):
            per_link.append({"name": name, "frames": int(ds.shape[0]),
                             "image_nr_low": plain(ds.attrs.get("image_nr_low")),
                             "image_nr_high": plain(ds.attrs.get("image_nr_high")),
                             "compression": ds.compression})
            dtypes.add(str(ds.dtype))
            shapes.add(tuple(ds.shape[1:]))
            for i in range(ds.shape[0]):
                frame = ds[i]
                little = frame.astype(frame.dtype.newbyteorder("<"))
                hashes.append(hashlib.sha256(little.tobytes()).hexdigest())
                stack.append((name, i))
        pixels = []
        index = {}
        for k, (name, i) in enumerate(stack):
            index[k] = (name, i)
        sources = dict(frame_sources(f))
        for (fr, y, x) in probes:
            name, i = index[fr]
            pixels.append([fr, y, x, int(sources[name][i, y, x])])
        out = {"nodes": nodes, "links": links,
               "frames": {"count": len(hashes), "per_link": per_link, "sha256": hashes,
                          "dtypes": sorted(dtypes), "shapes": [list(s) for s in sorted(shapes)]},
               "pixels": pixels}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
