"""A resident LibreOffice for the form's page preview: started once, then about a third
of a second per conversion instead of LibreOffice's start-up (seconds) each time.

Run by the Python that has LibreOffice's UNO bridge (Debian: python3-uno, in the system
Python, not in a virtual environment); ``giaoban serve`` starts it when the pages are
first asked for, and closes its standard input when it stops:

    /usr/bin/python3 resident_office.py PROFILE_FOLDER

Protocol, one line each way: ``<document.docx>\\t<target.pdf>`` in, ``ok`` or
``error <text>`` out. LibreOffice runs with the private profile given (never the user's)
and is terminated when the input ends.
"""

import os
import subprocess
import sys
import time


def _property(name: str, value: object) -> object:
    from com.sun.star.beans import PropertyValue

    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def main(profile: str) -> None:
    import uno

    pipe = f"giaoban-serve-{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(600):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if office.poll() is not None:
                    raise SystemExit("error LibreOffice stopped") from None
                time.sleep(0.1)
        else:
            raise SystemExit("error LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        print("ready", flush=True)
        for line in sys.stdin:
            source, _, target = line.rstrip("\n").partition("\t")
            try:
                document = desktop.loadComponentFromURL(
                    uno.systemPathToFileUrl(source), "_blank", 0, (_property("Hidden", True),)
                )
                try:
                    document.storeToURL(
                        uno.systemPathToFileUrl(target),
                        (_property("FilterName", "writer_pdf_Export"),),
                    )
                finally:
                    document.close(True)
                print("ok", flush=True)
            except Exception as error:  # one document's failure is reported, not fatal
                print(f"error {type(error).__name__}: {error}".replace("\n", " "), flush=True)
    finally:
        office.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1])
