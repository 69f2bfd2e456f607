"""Counts the PostgreSQL and browser tests in the Surefire reports, and fails if any was skipped.

A test class counts as a PostgreSQL (browser) test when its source carries @RequiresPostgres (@RequiresChromium)."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

groups = {"PostgreSQL": "@RequiresPostgres", "browser": "@RequiresChromium"}


def classes_marked(marker):
    names = set()
    for source in glob.glob("*/src/test/java/**/*.java", recursive=True):
        with open(source, encoding="utf-8") as text:
            if marker in text.read():
                relative = source.split("/src/test/java/", 1)[1]
                names.add(os.path.splitext(relative)[0].replace("/", "."))
    return names


failed = False
for label, marker in groups.items():
    classes = classes_marked(marker)
    ran = skipped = 0
    seen = set()
    for report in glob.glob("*/target/surefire-reports/TEST-*.xml"):
        name = os.path.basename(report)[len("TEST-"):-len(".xml")]
        if name not in classes:
            continue
        seen.add(name)
        for case in ET.parse(report).getroot().iter("testcase"):
            if case.find("skipped") is not None:
                skipped += 1
            else:
                ran += 1
    print(f"{label} tests: {ran} ran, {skipped} skipped, in {len(seen)} classes")
    if ran == 0 or skipped:
        failed = True
sys.exit(1 if failed else 0)
