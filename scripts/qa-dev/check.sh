# Typecheck, lint, build, the Q&A unit specs and the Agents Playground Q&A e2e: the quick gate before committing a Q&A
# change. The Playground test clicks follow-up buttons by their titles, which a Q&A change may rename.
set -eo pipefail
cd "$(dirname "$0")/../.."
npm run -s typecheck
npx eslint --max-warnings 0 src test
npm run -s build > /dev/null
# A failing spec prints its failures (set -e would otherwise stop before any output).
npx jest test/qna --testPathIgnorePatterns e2e > /tmp/chk-jest.txt 2>&1 || { grep -E "●|✕|Tests:" /tmp/chk-jest.txt; exit 1; }
tail -5 /tmp/chk-jest.txt
npx jest test/e2e/playground/qna.e2e.spec.ts > /tmp/chk-playground.txt 2>&1 || { grep -E "●|✕|Tests:" /tmp/chk-playground.txt; exit 1; }
grep -E "^Tests:" /tmp/chk-playground.txt
