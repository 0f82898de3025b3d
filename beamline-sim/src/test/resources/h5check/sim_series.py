#!/usr/bin/python3
"""Independent reader for beamline-sim's tests: reads a simulated Eiger series through its NXmx master with h5py
(following the external links to the data files, as DIALS and XDS plugins do) and prints JSON.

usage: sim_series.py MASTER
"""
import hashlib
import json
import sys

import h5py


def text(value):
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if hasattr(value, "item"):
        value = value.item()
        return value.decode("utf-8") if isinstance(value, bytes) else value
    return value


def scalar(group, name):
    ds = group[name]
    return {"value": text(ds[()]), "units": text(ds.attrs.get("units", ""))}


def main():
    with h5py.File(sys.argv[1], "r") as f:
        data = f["/entry/data"]
        if "data" in data and not isinstance(data.get("data", getlink=True), h5py.ExternalLink):
            sources = [("data", data["data"], None)]
        else:
            names = sorted(n for n in data if n.startswith("data_"))
            sources = [(n, data[n], data.get(n, getlink=True).filename) for n in names]
        hashes, shapes, dtypes, per_link = [], set(), set(), []
        for name, ds, filename in sources:
            per_link.append({"name": name, "file": filename, "frames": int(ds.shape[0])})
            shapes.add(tuple(ds.shape[1:]))
            dtypes.add(str(ds.dtype))
            for i in range(ds.shape[0]):
                frame = ds[i]
                hashes.append(hashlib.sha256(frame.astype(frame.dtype.newbyteorder("<")).tobytes()).hexdigest())
        det = f["/entry/instrument/detector"]
        status = f["/entry/lsdcfx_status"]
        out = {
            "frames": len(hashes),
            "sha256": hashes,
            "per_link": per_link,
            "shapes": [list(s) for s in sorted(shapes)],
            "dtypes": sorted(dtypes),
            "omega": f["/entry/sample/transformations/omega"][()].tolist(),
            "status": text(status[()]),
            "reason": text(status.attrs.get("reason", "")),
            "end_time": "end_time" in f["/entry"],
            "detector": {k: scalar(det, k) for k in ("description", "count_time", "frame_time", "distance",
                                                     "beam_center_x", "beam_center_y", "x_pixel_size",
                                                     "saturation_value", "sensor_material")},
            "wavelength": scalar(f["/entry/instrument/beam"], "incident_wavelength"),
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
