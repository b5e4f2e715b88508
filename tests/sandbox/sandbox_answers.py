#!/usr/bin/env python3
"""The sandbox's answers to some 290 list and record requests, to check that a change to its
code (a split, a faster query) leaves every byte as it was. Not a CTest test: it compares two
builds, the one before the change and the one after.

    cp build/sandbox/civis-groups-sandbox /tmp/before-sandbox            # on the old code
    sandbox_answers.py prepare /tmp/before-sandbox demo /tmp/demo.sqlite
    sandbox_answers.py prepare /tmp/before-sandbox large /tmp/large.sqlite   # ~20 s
    sandbox_answers.py capture /tmp/before-sandbox /tmp/demo.sqlite /tmp/before-demo.jsonl
    ... change the code, build ...
    sandbox_answers.py capture build/sandbox/civis-groups-sandbox /tmp/demo.sqlite /tmp/after-demo.jsonl
    sandbox_answers.py compare /tmp/before-demo.jsonl /tmp/after-demo.jsonl

prepare seeds a database and adds groups and people with odd names (quotes, a backslash, a tab,
accents, CJK, an emoji, a lone surrogate sent as the JSON escape \\ud800 and one stored as SQLite
holds it), and moves every last_seen_at off today: "online" compares it with the time of the
answer, and a person seen a few minutes before a run would be online in one and not the next.

capture serves a copy of the database (so both builds see the same data) and asks, as the admin
and as a member who is not one, for groups and users pages in every order and direction, keyset
pages in and out of sequence (1, 2, 3, 7, 2), 1,000-row pages, every filter, bad parameters
(400), include_members, /users/me, /users/{id} and /groups/{id}; it writes one JSON line per
answer: status, X-Pagination-* headers and body (base64: not every body is valid UTF-8).

compare says how many answers are identical; the only bytes it forgives are the lastSeenAt the
sandbox writes for the callers themselves as they ask.
"""
import base64
import http.client
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from urllib.parse import quote

ADMIN_KEY = 'answers-admin-key-0123456789'
READER_KEY = 'answers-reader-key-0123456789'


class Sandbox:
    """The sandbox `binary` serving `database` on a free port, for a `with` block."""

    def __init__(self, binary, database, seed='none', extra=()):
        self.workdir = tempfile.mkdtemp(prefix='sandbox-answers-')
        keyfile = os.path.join(self.workdir, 'key')
        with open(keyfile, 'w') as f:
            f.write(ADMIN_KEY + '\n')
        self.process = subprocess.Popen(
            [binary, '--port', '0', '--database', database, '--seed', seed, '--api-key-file', keyfile] + list(extra),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in self.process.stdout:
            found = re.search(r'listening on http://127\.0\.0\.1:(\d+)/', line)
            if found:
                self.port = int(found.group(1))
                break
        else:
            raise SystemExit('the sandbox did not start: %s' % binary)
        # Nothing reads its log from here on; --quiet keeps it from filling the pipe.

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.workdir)

    def connection(self):
        return http.client.HTTPConnection('127.0.0.1', self.port, timeout=120)


def ask(connection, method, path, key=ADMIN_KEY, body=None):
    headers = {'Authorization': 'Bearer ' + key}
    if body is not None:
        headers['Content-Type'] = 'application/json'
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    return response, response.read()


def prepare(binary, seed, database):
    if os.path.exists(database):
        raise SystemExit('%s exists: prepare writes a new database' % database)
    with Sandbox(binary, database, seed, ['--quiet']) as sandbox:
        c = sandbox.connection()
        # Raw JSON, so that \ud800 reaches the sandbox as the escape a client would send.
        names = [r'"Quote \"double\" and \u2019single\u2019 O\u0027Brien \\ back\tslash"',
                 r'"Emoji \ud83d\ude80 rocket \u00c9t\u00e9 \u4e2d\u6587"', r'"Lone \ud800 surrogate"', r'"aaa \ud800"']
        for i, name in enumerate(names):
            response, answer = ask(c, 'POST', '/groups/', body='{"name": %s, "description": %s, "slug": "odd-%d"}'
                                   % (name, name, i))
            assert response.status == 201, answer
            group = json.loads(answer)['id']
            for user in (1, 2, 3, 7, 300):
                response, answer = ask(c, 'PUT', '/groups/%d/members/%d' % (group, user))
                assert response.status == 200, answer
    db = sqlite3.connect(database)
    last = db.execute('SELECT MAX(id) FROM users').fetchone()[0]
    people = [('odd.quote', 'Zoë "Quote" O\'Brien \\ back\tslash'), ('odd.emoji', 'Émoji 🚀 中文 user'),
              ('odd.lone', 'Lone \ud800 surrogate'), ('aaa.lone', 'aaa \ud800 surrogate')]
    for i, (username, name) in enumerate(people):
        user = last + i + 1
        # A lone surrogate as SQLite holds one bound as UTF-16: its three bytes, not valid UTF-8.
        db.execute("INSERT INTO users(id, organization_id, username, name, email, active, org_admin, suspended, "
                   "created_at, updated_at, last_seen_at, sign_in_count) VALUES (?, 1, ?, CAST(? AS TEXT), ?, 1, 0, 0, "
                   "'2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z', '2026-01-01T00:00:00.000Z', 3)",
                   (user, username, name.encode('utf-8', 'surrogatepass'), username + '@example.com'))
        for group in (1, 2):
            db.execute("INSERT INTO memberships(group_id, user_id, created_at) "
                       "VALUES (?, ?, '2025-01-02T03:04:05.000Z')", (group, user))
        db.execute("INSERT INTO user_feature_flags(user_id, flag) VALUES (?, 'beta_reports')", (user,))
    db.execute("UPDATE users SET last_seen_at = CASE WHEN last_seen_at IS NULL THEN NULL "
               "WHEN id % 3 = 0 THEN '2099-01-01T00:00:00.000Z' ELSE '2020-01-01T00:00:00.000Z' END")
    db.commit()
    db.close()
    print('prepared', database)


def requests(large, last_user):
    paths = []
    pages = [1, 2, 3, 7, 2]
    for order in ['name', 'created_at']:
        for direction in ['asc', 'desc']:
            base = '/groups/?order=%s&order_dir=%s' % (order, direction)
            for limit in ([50] if large else [5, 50]):
                paths += [base + '&limit=%d&page_num=%d' % (limit, p) for p in pages]
            paths += [base + '&page_num=%d' % p for p in pages]
            paths += [base + '&limit=1000&page_num=%d' % p for p in [1, 2]]
            paths += [base + '&limit=3&include_members=true&page_num=%d' % p for p in [1, 2, 9]]
    if large:
        paths += ['/groups/?page_num=%d' % p for p in [101, 102, 150, 103, 201, 120]]
    for text in ['a', "O'", '%', '_', '\\', 'Lone', 'aaa', 'Quote', '\U0001F680', '\u00e9t\u00e9', '  ', 'zzzz-none']:
        paths += ['/groups/?query=' + quote(text, safe=''), '/groups/?limit=2&page_num=2&query=' + quote(text, safe='')]
    paths += ['/groups/?query=%ED%A0%80', '/groups/?query=Lone%20%ED%A0%80']
    for level in ['read', 'write', 'manage', 'bogus', 'READ']:
        paths += ['/groups/?permission=' + level, '/groups/?limit=2&page_num=2&permission=' + level]
    for organization in ['1', '2', '999', 'x', '-1']:
        paths += ['/groups/?organization_id=' + organization,
                  '/groups/?limit=4&page_num=3&organization_id=' + organization]
    for users in ['user_ids[]=2&user_ids[]=3', 'user_ids=2,3', 'user_ids=%d' % (last_user - 2), 'user_ids=x',
                  'user_ids[]=999999']:
        paths += ['/groups/?' + users, '/groups/?include_members=true&' + users, '/groups/?limit=2&page_num=2&' + users]
    paths += ['/groups/?include_members=true', '/groups/?include_members=true&order=created_at&order_dir=desc',
              '/groups/?include_members=1', '/groups/?include_members=bogus', '/groups/?include_members=true&query=Lone',
              '/groups/?limit=0', '/groups/?limit=1001', '/groups/?page_num=0', '/groups/?order=bogus',
              '/groups/?order_dir=up', '/groups/?page_num=99999', '/groups/?limit=1&page_num=41',
              '/groups/?permission=write&organization_id=1&query=a&include_members=true&limit=3&page_num=2']
    for group in [1, 2, 39, 40, 41, 42, 10001, 10002, 10003, 10004, 999999]:
        paths.append('/groups/%d' % group)

    for order in ['name', 'user']:
        for direction in ['asc', 'desc']:
            base = '/users/?order=%s&order_dir=%s' % (order, direction)
            paths += [base + '&limit=7&page_num=%d' % p for p in pages]
            paths += [base + '&page_num=%d' % p for p in pages]
            paths += [base + '&limit=1000&page_num=%d' % p for p in [1, 2]]
    if large:
        paths += ['/users/?limit=1000&page_num=50', '/users/?limit=10000&page_num=3', '/users/?page_num=4000']
    for status in ['active', 'inactive', 'all', 'bogus']:
        paths += ['/users/?account_status=' + status, '/users/?limit=5&page_num=3&account_status=' + status]
    for groups in ['group_id=1', 'group_id=39', 'group_ids[]=1&group_ids[]=2', 'group_ids=1,2', 'group_id=1&group_ids=2',
                   'group_ids=x', 'group_id=999999']:
        paths += ['/users/?' + groups, '/users/?limit=3&page_num=2&' + groups]
    for exclude in ['true', 'false', '1', 'bogus']:
        paths += ['/users/?exclude_groups=' + exclude, '/users/?limit=1000&exclude_groups=' + exclude]
    for flag in ['beta_reports', 'notebooks_v2', 'none']:
        paths += ['/users/?feature_flag=' + flag, '/users/?limit=4&page_num=2&feature_flag=' + flag]
    for organization in ['1', '2', '999']:
        paths += ['/users/?organization_id=' + organization, '/users/?limit=4&page_num=2&organization_id=' + organization]
    for text in ['Zo', "O'", '\U0001F680', 'Lone', 'aaa', str(last_user - 3), '2', '%', '_', '\\', '\u4e2d']:
        paths += ['/users/?query=' + quote(text, safe=''), '/users/?limit=2&page_num=2&query=' + quote(text, safe='')]
    paths += ['/users/?query=%ED%A0%80', '/users/?limit=0', '/users/?limit=10001', '/users/?order=bogus',
              '/users/?account_status=all&group_ids=1,2&feature_flag=beta_reports&query=a&order=user&order_dir=desc',
              '/users/me']
    for user in [1, 2, last_user - 3, last_user - 2, last_user - 1, last_user, 99999999]:
        paths.append('/users/%d' % user)
    return paths


def capture(binary, database, out):
    workdir = tempfile.mkdtemp(prefix='sandbox-answers-db-')
    try:
        db = os.path.join(workdir, 'db.sqlite')
        shutil.copy(database, db)
        connection = sqlite3.connect(db)
        last_user = connection.execute('SELECT MAX(id) FROM users').fetchone()[0]
        reader = connection.execute('SELECT username FROM users WHERE id = 2').fetchone()[0]
        connection.close()
        paths = requests(last_user > 1000, last_user)
        with Sandbox(binary, db, 'none', ['--quiet', '--user-key', reader + '=' + READER_KEY]) as sandbox, \
                open(out, 'w') as f:
            for key in [ADMIN_KEY, READER_KEY]:
                c = sandbox.connection()
                for path in paths:
                    response, body = ask(c, 'GET', path, key)
                    headers = sorted((name, value) for name, value in response.getheaders()
                                     if name.lower().startswith('x-pagination') or name.lower() == 'content-type')
                    f.write(json.dumps({'caller': 'admin' if key == ADMIN_KEY else reader, 'path': path,
                                        'status': response.status, 'headers': headers,
                                        'body': base64.b64encode(body).decode()}) + '\n')
        print(2 * len(paths), 'answers written to', out)
    finally:
        shutil.rmtree(workdir)


def compare(first, second):
    # The callers' own lastSeenAt is written as they ask; every other is 2020 or 2099 (prepare).
    now = re.compile(rb'"lastSeenAt":"(?!2020-|2099-)[^"]*"')
    a = [json.loads(line) for line in open(first)]
    b = [json.loads(line) for line in open(second)]
    if len(a) != len(b):
        raise SystemExit('%d answers against %d' % (len(a), len(b)))
    exact = differ = 0
    for x, y in zip(a, b):
        x_body, y_body = base64.b64decode(x['body']), base64.b64decode(y['body'])
        exact += x == y
        same = {k: x[k] for k in ('caller', 'path', 'status', 'headers')} == \
            {k: y[k] for k in ('caller', 'path', 'status', 'headers')}
        if not same or now.sub(b'', x_body) != now.sub(b'', y_body):
            differ += 1
            print('differs:', x['caller'], x['path'])
    print('%d answers: %d identical byte for byte, %d once the callers\' own lastSeenAt is set aside, %d differ'
          % (len(a), exact, len(a) - exact - differ, differ))
    return 1 if differ else 0


if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else ''
    if command == 'prepare' and len(sys.argv) == 5:
        prepare(*sys.argv[2:])
    elif command == 'capture' and len(sys.argv) == 5:
        capture(*sys.argv[2:])
    elif command == 'compare' and len(sys.argv) == 4:
        sys.exit(compare(*sys.argv[2:]))
    else:
        sys.exit(__doc__)
