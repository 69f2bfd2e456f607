#!/usr/bin/env python3
"""Converts the shared OEWS extracts in this folder into OEWS-layout CSV files (one per year)
in the folder above. Run from data/oews/source: python3 convert.py

Only the figures of the extracts are written; every other column stays blank (unknown, never 0).
"""
import csv

HEADER = ["AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE",
          "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL",
          "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
          "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"]
TERRITORIES = {"GU", "PR", "VI"}
# BLS published "*" (wage not available) for these May 2023 rows; SOURCES.md, supplement table.
STAR_2023 = {"DE", "HI", "WY"}


def read(name):
    with open(name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def base(area, title, abbr):
    row = dict.fromkeys(HEADER, "")
    row.update(AREA=area, AREA_TITLE=title, AREA_TYPE="3" if abbr in TERRITORIES else "2", PRIM_STATE=abbr,
               NAICS="000000", NAICS_TITLE="Cross-industry", I_GROUP="cross-industry", OWN_CODE="1235",
               OCC_CODE="31-9011", OCC_TITLE="Massage Therapists", O_GROUP="detailed")
    return row


def write(name, rows):
    with open(name, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


fips = {}
rows = []
for r in read("oews-31-9011-2023-means.csv"):
    fips[r["state_abbr"]] = r["area_code"]
    row = base(r["area_code"], r["area_title"], r["state_abbr"])
    star = r["state_abbr"] in STAR_2023
    row.update(H_MEAN="*" if star else r["h_mean"], A_MEAN="*" if star else r["a_mean"])
    rows.append(row)
write("../oews-2023-31-9011-states.csv", rows)

rows = []
for r in read("oews-31-9011-2025-states.csv"):
    fips[r["state_abbr"]] = r["area_code"]
    row = base(r["area_code"], r["area_title"], r["state_abbr"])
    row.update(TOT_EMP=r["tot_emp"], JOBS_1000=r["jobs_1000"], LOC_QUOTIENT=r["loc_quotient"], H_MEAN=r["h_mean"],
               A_MEAN=r["a_mean"], A_PCT10=r["a_pct10"], A_PCT25=r["a_pct25"], A_MEDIAN=r["a_median"],
               A_PCT75=r["a_pct75"], A_PCT90=r["a_pct90"])
    rows.append(row)
write("../oews-2025-31-9011-states.csv", rows)

rows = []
for r in read("oews-31-9011-2019-means.csv"):
    row = base(fips[r["state_abbr"]], r["area_title"], r["state_abbr"])
    row.update(A_MEAN=r["a_mean"])
    rows.append(row)
write("../oews-2019-31-9011-states.csv", rows)
