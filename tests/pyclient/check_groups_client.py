#!/usr/bin/env python3
"""Drives every groups method and the users reads of the official Python client
(civis-python's civis.APIClient) against a running sandbox, and checks each answer
against what the sandbox holds, read separately with plain HTTP as the admin.

It starts nothing: CIVIS_API_ENDPOINT and CIVIS_API_KEY name the sandbox and an
organization admin's key (tests/pyclient/run.sh starts one on the demo seed and sets
both). Prints one line per method, "ok NAME" or "FAILED NAME: why"; exits 1 on any
failure and 77 (skipped) when the civis package cannot be imported.

Run by tests/pyclient/run.sh with civis-python 2.9.1, the unchanged copy in
../shared/civis-python (as on CI). Earlier, checked with civis-python's src/civis (github.com/civisanalytics/civis-python) at:
  client.py, _utils.py                 ad25f9e08faa2aa250a88a4da934e8a936986c9d
  base.py                              8feea02fd91cdca53b604dee310c36339baed1a7
  response.py                          793da3f7c7c6f75f393ecdaaf867afa6dc725c4d
  resources/_resources.py              5850e3ae92fe48c42a6ab967dfd6761d8a451dd2
  resources/__init__.py                51fc8037d60f79d6f4da0b76bdd21dcdaa5d971e (less API_SPEC,
                                       which _resources.py at 5850e3a no longer defines)
  __init__.py                          a039fb5866644788415c7fbc6a6f8f167b245e32
  _camel_to_snake.py                   d6f10c0f59b4b156ea9b1216257da0f55443a89e
  loggers.py                           55f3ba0873b720db17b517886b9d99f9abd0051d
  service_client.py                    ecccead0b0df6371106c7548f55668408b819aa2
and jsonref 1.0.1 (gazpachoking/jsonref: jsonref.py 2a63004b, proxytypes.py 284de686), on
Debian 12's python3 3.11 with its requests 2.28 and tenacity 8.2. futures, io, ml, parallel, utils
and workflows, which civis/__init__.py imports lazily and APIClient never touches, were stubs.
"""

import os
import sys
import time
import traceback
import uuid

try:
    import civis
    from civis.base import CivisAPIError, CivisAPIKeyError
    import requests  # a dependency of civis, used here for the admin's own view
except Exception as error:  # ImportError, or a dependency of civis failing
    print(
        "SKIPPED: the official Python client cannot be imported "
        f"({type(error).__name__}: {error}); install civis-python "
        "(pip install civis) or put its src/ on PYTHONPATH to run this check.",
        file=sys.stderr,
    )
    sys.exit(77)


ENDPOINT = os.environ.get("CIVIS_API_ENDPOINT", "").rstrip("/")
KEY = os.environ.get("CIVIS_API_KEY", "")


class Admin:
    """The sandbox's truth: plain HTTP with the admin key, none of the client's code."""

    def __init__(self):
        self.session = requests.Session()
        self.session.auth = (KEY, "")

    def _get(self, path, params=None):
        # A sandbox run with --rate-limit answers 429 to the admin too: wait as told.
        for _ in range(20):
            response = self.session.get(f"{ENDPOINT}/{path}", params=params, timeout=30)
            if response.status_code != 429:
                return response
            time.sleep(float(response.headers.get("Retry-After", "1")))
        return response

    def get(self, path, **params):
        response = self._get(path, params)
        if response.status_code != 200:
            raise AssertionError(f"admin GET {path} answered {response.status_code}")
        return response.json()

    def status(self, path):
        return self._get(path).status_code

    def group_ids(self, **params):
        return [g["id"] for g in self.get("groups", limit=1000, **params)]


def rows(result):
    """A list answer of the client as the JSON it came from."""
    return [r.json_data for r in result]


def expect(condition, why):
    if not condition:
        raise AssertionError(why)


def expect_equal(got, wanted, what):
    if got != wanted:
        raise AssertionError(f"{what}: client gave {got!r}, the sandbox holds {wanted!r}")


class Check:
    def __init__(self):
        self.results = []  # (name, error or None)

    def run(self, name, func):
        try:
            func()
        except Exception as error:  # a failed check, whatever raised it
            why = str(error) or type(error).__name__
            if not isinstance(error, AssertionError):
                why = f"{type(error).__name__}: {why}"
                if os.environ.get("PYCLIENT_CHECK_TRACEBACK"):
                    traceback.print_exc()
            self.results.append((name, why))
            print(f"FAILED {name}: {why}", flush=True)
        else:
            self.results.append((name, None))
            print(f"ok {name}", flush=True)

    def failures(self):
        return [name for name, why in self.results if why is not None]


def main():
    if not ENDPOINT or not KEY:
        print("CIVIS_API_ENDPOINT and CIVIS_API_KEY must name a running sandbox.", file=sys.stderr)
        return 2

    admin = Admin()
    check = Check()
    made = {}

    def build_client():
        made["client"] = civis.APIClient()  # downloads GET /endpoints, builds the methods

    check.run("civis.APIClient() from GET /endpoints", build_client)
    if "client" not in made:
        print("0 checks could run: no client; FAILED")
        return 1
    client = made["client"]
    groups = client.groups
    users = client.users

    # Every operation the sandbox serves (its GET /endpoints) must be reachable through a
    # method the client built. Not an exact list of names: the client keeps deprecated aliases
    # beside new names (groups.list_child_groups and groups.get_child_groups, users.list_me
    # and users.get_me), and which it builds changes between versions. Each method's docstring
    # names the request it makes ("API URL: ``GET /groups/{id}``").
    def request_of(method):
        doc = getattr(method, "__doc__", None) or ""
        start = doc.find("API URL: ``")
        return doc[start + len("API URL: ``"):doc.index("``", start + len("API URL: ``"))] if start >= 0 else None

    def methods_built():
        spec = admin.get("endpoints")
        served = []  # (resource, "VERB /path", deprecated)
        for path, operations in spec["paths"].items():
            resource = path.strip("/").split("/")[0]
            if resource not in ("groups", "users"):
                continue
            for verb, operation in operations.items():
                if verb.lower() in ("get", "post", "put", "patch", "delete"):
                    served.append((resource, f"{verb.upper()} /{path.strip('/')}",
                                   "deprecated" in operation.get("summary", "").lower()))
        expect(len(served) >= 16, f"GET /endpoints describes only {len(served)} groups and users operations")
        reached = {}
        for resource, endpoint in (("groups", groups), ("users", users)):
            for name in dir(endpoint):
                if not name.startswith("_"):
                    request = request_of(getattr(endpoint, name))
                    expect(request, f"{resource}.{name} names no request")
                    reached.setdefault(request, []).append(f"{resource}.{name}")
        missing = [request for _, request, deprecated in served if not deprecated and request not in reached]
        expect(not missing, f"operations the sandbox serves that no client method reaches: {missing}")
        # DELETE /groups/{id} is in the API description, but its summary says "(deprecated)"
        # (as the real API's does), so the client builds no method for it.
        built_deprecated = [reached[request] for _, request, deprecated in served if deprecated and request in reached]
        expect(not built_deprecated, f"methods built for deprecated operations: {built_deprecated}")
        unknown = sorted(set(reached) - {request for _, request, _ in served})
        expect(not unknown, f"client methods for requests the sandbox does not describe: {unknown}")
        print(f"   {len(served)} operations served, reached by {sum(map(len, reached.values()))} methods: "
              + ", ".join(sorted(n for names in reached.values() for n in names)), flush=True)

    check.run("every operation served is reachable through the client", methods_built)

    everything = admin.get("groups", limit=1000)
    all_ids = [g["id"] for g in everything]
    me = admin.get("users/me")
    # users/me names no organization; the admin's own groups do.
    my_org = me["groups"][0]["organizationId"]

    def list_default():
        result = groups.list()
        expect_equal(rows(result), admin.get("groups"), "groups.list()")
        first = result[0]
        expect_equal(first.member_count, first.json_data["memberCount"], "snake_case member_count")
        expect_equal(first["organization_id"], first.json_data["organizationId"], "snake_case organization_id")
        expect(first.headers.get("X-Pagination-Total-Entries") == str(len(all_ids)),
               "X-Pagination-Total-Entries on a list answer")

    def list_query():
        word = everything[0]["name"].split()[0][:4]
        result = groups.list(query=word)
        expect_equal(rows(result), admin.get("groups", query=word), f"groups.list(query={word!r})")
        expect(result, f"query {word!r} found nothing")
        expect_equal(groups.list(query="no-such-group-" + uuid.uuid4().hex), [], "a query matching nothing")

    def list_permission():
        for level in ("read", "write", "manage"):
            expect_equal([g.id for g in groups.list(permission=level, limit=1000)],
                         admin.group_ids(permission=level), f"groups.list(permission={level!r})")

    def list_include_members():
        result = groups.list(include_members=True, limit=5)
        expect_equal(rows(result), admin.get("groups", include_members="true", limit=5),
                     "groups.list(include_members=True)")
        with_members = [g for g in result if g.member_count]
        expect(with_members, "no group with members to look at")
        expect(len(with_members[0].members) > 0, "include_members=True gave no members")
        expect(isinstance(with_members[0].members[0].id, int), "a member without an id")
        expect(all(g.members == [] for g in groups.list(include_members=False, limit=5)),
               "include_members=False still gave members")

    def list_order():
        for order, order_dir in (("name", "asc"), ("name", "desc"), ("created_at", "asc"),
                                 ("created_at", "desc")):
            result = groups.list(order=order, order_dir=order_dir, limit=1000)
            expect_equal([g.id for g in result],
                         admin.group_ids(order=order, order_dir=order_dir),
                         f"groups.list(order={order!r}, order_dir={order_dir!r})")
        names = [g.name for g in groups.list(order="name", order_dir="desc", limit=1000)]
        expect_equal(names, sorted(names, key=str.casefold, reverse=True), "names in descending order")
        try:
            groups.list(order="updated_at")  # the API description allows name and created_at only
        except CivisAPIError as error:
            expect_equal(error.status_code, 400, "status of an order the API does not offer")
        else:
            raise AssertionError("groups.list(order='updated_at') raised nothing")

    def list_paging():
        page2 = groups.list(limit=5, page_num=2)
        expect_equal(rows(page2), admin.get("groups", limit=5, page_num=2), "groups.list(limit=5, page_num=2)")
        expect_equal([g.id for g in page2], all_ids[5:10], "page 2 of 5")
        expect_equal(groups.list(limit=5, page_num=999), [], "a page past the end")

    def list_iterator():
        paged = groups.list(iterator=True, limit=7)
        expect(isinstance(paged, civis.PaginatedResponse), "iterator=True gave no PaginatedResponse")
        ids = [g.id for g in paged]
        expect_equal(ids, all_ids, "groups.list(iterator=True, limit=7): every group once, in order")
        word = everything[-1]["name"][:3]
        expect_equal([g.id for g in groups.list(iterator=True, limit=2, query=word)],
                     admin.group_ids(query=word), f"iterator=True with query={word!r}")

    def list_organization_and_users():
        org = everything[0]["organizationId"]
        expect_equal([g.id for g in groups.list(organization_id=org, limit=1000)],
                     admin.group_ids(organization_id=org), "groups.list(organization_id=...)")
        picked = [u["id"] for u in admin.get("users", limit=3)]
        got = [g.id for g in groups.list(user_ids=picked, limit=1000)]
        # The client sends a list as user_ids[]=1&user_ids[]=2 (Rails style).
        wanted = admin.group_ids(**{"user_ids[]": picked})
        expect_equal(got, wanted, f"groups.list(user_ids={picked})")
        expect(got, "no group holds those users")
        holding = {g["id"] for u in picked for g in admin.get(f"users/{u}")["groups"]}
        expect_equal(set(got), holding, "groups holding those users, from users/{id}")

    check.run("groups.list", list_default)
    check.run("groups.list query", list_query)
    check.run("groups.list permission", list_permission)
    check.run("groups.list include_members", list_include_members)
    check.run("groups.list order/order_dir", list_order)
    check.run("groups.list limit/page_num", list_paging)
    check.run("groups.list iterator=True", list_iterator)
    check.run("groups.list organization_id/user_ids", list_organization_and_users)

    def get_group():
        some = everything[len(everything) // 2]["id"]
        result = groups.get(some)
        expect_equal(result.json_data, admin.get(f"groups/{some}"), f"groups.get({some})")
        expect_equal(result.default_time_zone, result.json_data["defaultTimeZone"], "snake_case default_time_zone")
        try:
            groups.get(2**31 - 7)
        except CivisAPIError as error:
            expect_equal(error.status_code, 404, "status of a missing group")
            expect("errorDescription" not in error.error_message and error.error_message,
                   "the server's errorDescription reaches CivisAPIError")
        else:
            raise AssertionError("groups.get of a missing group raised nothing")

    check.run("groups.get", get_group)

    # One group of our own for every change, deleted at the end.
    state = {}
    name = "pyclient check " + uuid.uuid4().hex[:8]
    slug = "pyclient-" + uuid.uuid4().hex[:8]

    def post_group():
        created = groups.post(name, description="made by check_groups_client.py", slug=slug,
                              default_time_zone="America/Chicago", default_otp_required_for_login=True,
                              default_jobs_label="Jobs")
        state["id"] = created.id
        held = admin.get(f"groups/{created.id}")
        expect_equal(created.json_data, held, "groups.post answer")
        expect_equal((held["name"], held["description"], held["slug"], held["defaultTimeZone"],
                      held["defaultOtpRequiredForLogin"], held["defaultJobsLabel"]),
                     (name, "made by check_groups_client.py", slug, "America/Chicago", True, "Jobs"),
                     "the stored group")
        expect_equal(held["organizationId"], my_org, "the new group's organization")
        try:
            groups.post(name, default_time_zone="Not/AZone")
        except CivisAPIError as error:
            expect_equal(error.status_code, 400, "status of a bad time zone")
        else:
            raise AssertionError("groups.post with a bad time zone raised nothing")

    def put_group():
        gid = state["id"]
        result = groups.put(gid, name + " renamed", description="replaced", slug=slug,
                            default_time_zone="Europe/Paris")
        held = admin.get(f"groups/{gid}")
        expect_equal(result.json_data, held, "groups.put answer")
        expect_equal((held["name"], held["description"], held["defaultTimeZone"], held["slug"]),
                     (name + " renamed", "replaced", "Europe/Paris", slug), "the replaced group")

    def patch_group():
        gid = state["id"]
        before = admin.get(f"groups/{gid}")
        result = groups.patch(gid, description="patched")
        held = admin.get(f"groups/{gid}")
        expect_equal(result.json_data, held, "groups.patch answer")
        expect_equal(held["description"], "patched", "the patched description")
        expect_equal((held["name"], held["slug"], held["defaultTimeZone"]),
                     (before["name"], before["slug"], before["defaultTimeZone"]),
                     "fields a PATCH did not send")

    check.run("groups.post", post_group)
    check.run("groups.put", put_group)
    check.run("groups.patch", patch_group)

    someone = next(u for u in admin.get("users", limit=50)
                   if u["id"] != me["id"] and u["active"] and not u["suspended"])
    other_group = next(g["id"] for g in everything)

    def put_members():
        gid = state["id"]
        result = groups.put_members(gid, someone["id"])
        held = admin.get(f"groups/{gid}")
        expect_equal(result.json_data, held, "groups.put_members answer (the whole group)")
        expect(someone["id"] in [m["id"] for m in held["members"]], "the member is not in the group")
        expect(someone["id"] in [m.id for m in result.members], "the member is not in the answer")
        expect(gid in [g["id"] for g in admin.get(f"users/{someone['id']}")["groups"]],
               "the user's groups do not name the group")

    def delete_members():
        gid = state["id"]
        result = groups.delete_members(gid, someone["id"])
        expect(result.json_data is None, f"a 204 answer should hold nothing, got {result.json_data!r}")
        expect(someone["id"] not in [m["id"] for m in admin.get(f"groups/{gid}")["members"]],
               "the member is still in the group")

    check.run("groups.put_members", put_members)
    check.run("groups.delete_members", delete_members)

    def list_child_groups():
        for gid in all_ids[:10] + [state["id"]]:
            result = groups.list_child_groups(gid)
            expect_equal(result.json_data, admin.get(f"groups/{gid}/child_groups"),
                         f"groups.list_child_groups({gid})")
            expect(set(result.json(snake_case=True)) == {"manageable", "readable", "writeable"},
                   "child groups' keys")

    def list_shares():
        for gid in all_ids[:10]:
            result = groups.list_shares(gid)
            expect_equal(rows(result), admin.get(f"groups/{gid}/shares"), f"groups.list_shares({gid})")
        share = groups.list_shares(all_ids[0])[0]
        expect(isinstance(share.total_user_shares, int), "snake_case total_user_shares")
        expect(isinstance(share.owners.users, list), "owners.users as a list")

    def put_shares_users():
        gid = state["id"]
        result = groups.put_shares_users(gid, [someone["id"]], "read")
        held = admin.get(f"groups/{gid}/shares")
        expect_equal(rows(result) if isinstance(result, list) else [result.json_data], held,
                     "groups.put_shares_users answer")
        expect(someone["id"] in [u["id"] for u in held[0]["readers"]["users"]], "the user is no reader")

    def put_shares_groups():
        gid = state["id"]
        result = groups.put_shares_groups(gid, [other_group], "write")
        held = admin.get(f"groups/{gid}/shares")
        expect_equal(rows(result) if isinstance(result, list) else [result.json_data], held,
                     "groups.put_shares_groups answer")
        expect(other_group in [g["id"] for g in held[0]["writers"]["groups"]], "the group is no writer")
        try:
            groups.put_shares_users(gid, [someone["id"]], "superuser")
        except CivisAPIError as error:
            expect_equal(error.status_code, 400, "status of a bad permission level")
        else:
            raise AssertionError("a bad permission level raised nothing")

    def delete_shares_users():
        gid = state["id"]
        result = groups.delete_shares_users(gid, someone["id"])
        expect(result.json_data is None, "a 204 answer should hold nothing")
        held = admin.get(f"groups/{gid}/shares")[0]
        expect(someone["id"] not in [u["id"] for level in ("readers", "writers", "owners")
                                     for u in held[level]["users"]], "the user still has a share")

    def delete_shares_groups():
        gid = state["id"]
        result = groups.delete_shares_groups(gid, other_group)
        expect(result.json_data is None, "a 204 answer should hold nothing")
        held = admin.get(f"groups/{gid}/shares")[0]
        expect(other_group not in [g["id"] for level in ("readers", "writers", "owners")
                                   for g in held[level]["groups"]], "the group still has a share")

    check.run("groups.list_child_groups", list_child_groups)
    check.run("groups.list_shares", list_shares)
    check.run("groups.put_shares_users", put_shares_users)
    check.run("groups.put_shares_groups", put_shares_groups)
    check.run("groups.delete_shares_users", delete_shares_users)
    check.run("groups.delete_shares_groups", delete_shares_groups)

    def delete_group():
        gid = state["id"]
        # No groups.delete is built (see above); this is the request such a method would
        # make, through the client's own request path.
        result = groups._call_api("delete", f"groups/{gid}", {}, {})
        expect(result.json_data is None, "a 204 answer should hold nothing")
        expect_equal(admin.status(f"groups/{gid}"), 404, "GET of the deleted group")
        try:
            groups.get(gid)
        except CivisAPIError as error:
            expect_equal(error.status_code, 404, "groups.get of the deleted group")
        else:
            raise AssertionError("groups.get of the deleted group raised nothing")

    check.run("DELETE groups/{id} (no method built)", delete_group)

    def users_list():
        result = users.list()
        expect_equal(rows(result), admin.get("users"), "users.list()")
        expect_equal(result[0].user, result[0].json_data["user"], "a user's login name")
        word = me["name"].split()[0]
        expect_equal(rows(users.list(query=word)), admin.get("users", query=word), f"users.list(query={word!r})")
        gid = next(g["id"] for g in everything if g["memberCount"])
        expect_equal(rows(users.list(group_id=gid, limit=1000)), admin.get("users", group_id=gid, limit=1000),
                     "users.list(group_id=...)")
        two = [g["id"] for g in everything[:2]]
        expect_equal([u.id for u in users.list(group_ids=two, limit=1000)],
                     [u["id"] for u in admin.get("users", limit=1000, **{"group_ids[]": two})],
                     "users.list(group_ids=[...])")
        expect_equal(rows(users.list(organization_id=my_org, exclude_groups=True, limit=10)),
                     admin.get("users", organization_id=my_org, exclude_groups="true", limit=10),
                     "users.list(organization_id=..., exclude_groups=True)")
        for status in ("active", "inactive", "all"):
            expect_equal([u.id for u in users.list(account_status=status, limit=1000)],
                         [u["id"] for u in admin.get("users", account_status=status, limit=1000)],
                         f"users.list(account_status={status!r})")
        for order in ("name", "user"):
            expect_equal(rows(users.list(limit=4, page_num=3, order=order, order_dir="desc")),
                         admin.get("users", limit=4, page_num=3, order=order, order_dir="desc"),
                         f"users.list(limit=4, page_num=3, order={order!r}, order_dir='desc')")
        expect_equal(rows(users.list(feature_flag="no_such_flag")), admin.get("users", feature_flag="no_such_flag"),
                     "users.list(feature_flag=...)")

    def users_iterator():
        wanted = [u["id"] for u in admin.get("users", limit=1000)]
        got = [u.id for u in users.list(iterator=True, limit=50)]
        expect_equal(got, wanted, "users.list(iterator=True, limit=50)")

    def users_me():
        result = users.list_me()
        expect_equal(result.json_data, admin.get("users/me"), "users.list_me()")
        expect_equal(client.username, me["username"], "APIClient.username")
        expect_equal(client.feature_flags,
                     tuple(f for f, on in me["featureFlags"].items() if on), "APIClient.feature_flags")

    def users_get():
        for uid in [me["id"], someone["id"]]:
            expect_equal(users.get(uid).json_data, admin.get(f"users/{uid}"), f"users.get({uid})")
        try:
            users.get(2**31 - 7)
        except CivisAPIError as error:
            expect_equal(error.status_code, 404, "status of a missing user")
        else:
            raise AssertionError("users.get of a missing user raised nothing")

    check.run("users.list", users_list)
    check.run("users.list iterator=True", users_iterator)
    check.run("users.list_me", users_me)
    check.run("users.get", users_get)

    def bad_key():
        try:
            civis.APIClient(api_key="not-a-key-" + uuid.uuid4().hex)
        except requests.exceptions.HTTPError as error:
            expect("401" in str(error), f"GET /endpoints with a bad key: {error}")
        else:
            raise AssertionError("GET /endpoints accepted a bad key")
        spec = admin.get("endpoints")
        from collections import OrderedDict
        stranger = civis.APIClient(api_key="not-a-key", local_api_spec=OrderedDict(spec))
        try:
            stranger.groups.list()
        except CivisAPIKeyError:
            pass  # it reads WWW-Authenticate, which a 401 must carry
        else:
            raise AssertionError("groups.list with a bad key raised nothing")

    check.run("bad API key", bad_key)

    failed = check.failures()
    print(f"{len(check.results) - len(failed)} of {len(check.results)} checks passed"
          + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
