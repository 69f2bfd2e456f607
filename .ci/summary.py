"""Counts the PostgreSQL and browser tests in the Surefire reports, and fails if any was skipped."""
import glob
import sys
import xml.etree.ElementTree as ET

groups = {"PostgreSQL": "Postgres", "browser": "Browser"}
failed = False
for label, marker in groups.items():
    ran = skipped = 0
    for report in glob.glob("*/target/surefire-reports/TEST-*.xml"):
        if marker not in report:
            continue
        for case in ET.parse(report).getroot().iter("testcase"):
            if case.find("skipped") is not None:
                skipped += 1
            else:
                ran += 1
    print(f"{label} tests: {ran} ran, {skipped} skipped")
    if ran == 0 or skipped:
        failed = True
sys.exit(1 if failed else 0)
