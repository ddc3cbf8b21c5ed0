"""`make security`'s dependency check: pip-audit over the installed packages. A known
vulnerability fails; a vulnerability index that cannot be reached (no network) only warns, loudly,
because nothing was checked."""

import json
import subprocess
import sys

OFFLINE_SIGNS = (
    "ConnectionError",
    "NameResolutionError",
    "Failed to establish a new connection",
    "Max retries exceeded",
    "Temporary failure in name resolution",
    "timed out",
)
NOT_FOUND = "Dependency not found on PyPI"


def verdict(report: dict | None, stderr: str) -> tuple[int, list[str]]:
    """The exit status and the lines to print, from pip-audit's JSON report and its stderr."""
    if report is None:
        if any(sign in stderr for sign in OFFLINE_SIGNS):
            return 0, [
                "WARNING: pip-audit could not reach the vulnerability index (offline?):",
                "WARNING: no dependency was checked for known vulnerabilities.",
            ]
        return 1, ["pip-audit failed:", stderr.strip()]
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    if vulnerable:
        lines = ["Known vulnerabilities in installed packages:"]
        for dep in vulnerable:
            for vuln in dep["vulns"]:
                fixes = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
                lines.append(
                    f"  {dep['name']} {dep.get('version', '')}: {vuln['id']} (fix: {fixes})"
                )
        return 1, lines
    unaudited = [d["name"] for d in dependencies if NOT_FOUND in d.get("skip_reason", "")]
    audited = [d for d in dependencies if "skip_reason" not in d]
    if unaudited and not audited:
        return 0, [
            "WARNING: pip-audit could not reach the vulnerability index (offline?):",
            f"WARNING: none of the {len(unaudited)} packages was checked.",
        ]
    lines = [f"pip-audit: {len(audited)} packages checked, no known vulnerabilities."]
    if unaudited:
        lines.append(f"WARNING: not found on the index, so not checked: {', '.join(unaudited)}")
    return 0, lines


def main() -> int:
    command = [
        sys.executable,
        "-m",
        "pip_audit",
        "--skip-editable",
        "--progress-spinner",
        "off",
        "--format",
        "json",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        report = None
    status, lines = verdict(report, result.stderr)
    print("\n".join(lines), file=sys.stderr if status else sys.stdout)
    return status


if __name__ == "__main__":
    sys.exit(main())
