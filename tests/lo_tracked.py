"""Accept or reject all tracked changes of a .docx in LibreOffice itself, print the text
(a list item with its number as LibreOffice shows it).

Run with the system Python that has LibreOffice's UNO bridge (Debian: python3-uno):
    /usr/bin/python3 tests/lo_tracked.py FILE.docx accept|reject
"""

import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def _property(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def main(path, action):
    pipe = f"giaoban{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="giaoban-lo-")
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(300):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)),
            "_blank",
            0,
            (_property("Hidden", True),),
        )
        dispatcher = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context
        )
        command = (
            ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
        )
        dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, "", 0, ())
        paragraphs = document.getText().createEnumeration()
        while paragraphs.hasMoreElements():
            element = paragraphs.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph"):
                # a list item with the number LibreOffice gives it now: "2) …"
                label = element.getPropertyValue("ListLabelString") or ""
                print(f"{label} {element.getString()}" if label else element.getString())
        document.close(True)
    finally:
        office.terminate()
        office.wait(timeout=30)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
