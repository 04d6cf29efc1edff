// audit.mjs runs graphql-http's GraphQL-over-HTTP audits against a GraphQL
// endpoint and prints one JSON array: {id, name, status, reason} per audit,
// status being ok, notice, warn or error. Run by
// resolvers/conformance_test.go; by hand:
//
//   node resolvers/e2e/audit.mjs http://127.0.0.1:8080/query
//
// It exits 1 when an audit is an error (a MUST of the spec broken) and 2 on
// bad usage; warnings (SHOULDs) and notices (MAYs) are only reported.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = [];
// One audit at a time: the server under test is small and the order of the
// report stays that of the suite.
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  let r;
  try {
    r = await audit.fn();
  } catch (e) {
    r = { status: 'error', reason: `audit threw: ${e.message}` };
  }
  results.push({ id: audit.id, name: audit.name, status: r.status, reason: r.status === 'ok' ? '' : String(r.reason) });
}
console.log(JSON.stringify(results));
process.exit(results.some((r) => r.status === 'error') ? 1 : 0);
