"""The directory is reached over LDAPS or StartTLS unless the configuration
explicitly allows plain LDAP: without Directory.AllowPlainLDAP a plain
ldap:// configuration is refused by check-config and by the programs at
start, with a clear log line; with it, both warn."""
import os
import subprocess

from harness import check


def plain_conf(stack, allow):
    """The stack's own configuration with StartTLS off, and
    AllowPlainLDAP as given."""
    with open(os.path.join(stack.state, "etc", "appraisal.hdf")) as f:
        text = f.read()
    text = text.replace("\tAllowPlainLDAP = true\n",
                        "\tAllowPlainLDAP = %s\n\tStartTLS = false\n"
                        % ("true" if allow else "false"))
    path = os.path.join(stack.state, "plain-%d.hdf" % allow)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, 0o640)   # check-config refuses a world-readable file
    return path


def run(stack, args, conf):
    return subprocess.run(args, capture_output=True, text=True, timeout=30,
                          env=dict(os.environ, APPRAISAL_CONF=conf),
                          stdin=subprocess.DEVNULL)


def admin(stack):
    return os.path.join(stack.env["APPRAISAL_PREFIX"], "sbin",
                        "appraisal-admin")


def program(stack, name):
    return os.path.join(stack.env["APPRAISAL_PREFIX"], "libexec",
                        "appraisal", "cgi-bin", name)


def test_plain_ldap_refused_without_the_setting(stack):
    conf = plain_conf(stack, False)
    r = run(stack, [admin(stack), "-c", conf, "check-config"], conf)
    check(r.returncode != 0 and "AllowPlainLDAP" in r.stderr and
          "configuration is valid" not in r.stdout, (r.stdout, r.stderr))
    r = run(stack, [program(stack, "login")], conf)
    check(r.returncode == 1 and "plain ldap://" in r.stderr and
          "appraisal: login: configuration:" in r.stderr, r.stderr)


def test_plain_ldap_allowed_explicitly_is_warned_about(stack):
    conf = plain_conf(stack, True)
    r = run(stack, [admin(stack), "-c", conf, "check-config"], conf)
    check(r.returncode == 0 and "warning" in r.stdout and
          "AllowPlainLDAP" in r.stdout and "configuration is valid"
          in r.stdout, (r.stdout, r.stderr))
