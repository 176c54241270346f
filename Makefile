# One task runner for forcewatch. Every target works on a fresh machine with python3 >= 3.11.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MIRROR ?= $(abspath ../shared/data)
EXAMPLES ?= $(abspath $(MIRROR)/../examples)
STORE ?= forcewatch.duckdb
export FORCEWATCH_MIRROR ?= $(MIRROR)
export FORCEWATCH_EXAMPLES ?= $(EXAMPLES)

.PHONY: setup run serve test test-fast lint bench bench-news clean

$(BIN)/forcewatch: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	$(BIN)/pip install -q -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
	@$(BIN)/python -c 'import forcewatch' # fail here if the install failed
	@touch $@

setup: $(BIN)/forcewatch ## create .venv and install forcewatch

run: setup ## build the store from the mirror, print headline numbers, write the report
	@test -d "$(MIRROR)" || { echo "no data folder at $(MIRROR): set MIRROR=/path/to/data, or run" \
	  "'$(BIN)/forcewatch fetch --dest data' and then 'make run MIRROR=data'"; exit 2; }
	$(BIN)/forcewatch build --data "$(MIRROR)" --store $(STORE)
	$(BIN)/forcewatch count --store $(STORE) --since 2015 --age-max 17 --by age_band --age-bands 0-15,16-17
	$(BIN)/forcewatch count --store $(STORE) --since 2015 --age-max 17 --by race
	$(BIN)/forcewatch link --store $(STORE)
	$(BIN)/forcewatch count --store $(STORE) --linked --since 2015 --age-max 17 --by age_band --age-bands 0-15,16-17
	$(BIN)/forcewatch report --store $(STORE) --out forcewatch-report.html
	@if [ -f "$(EXAMPLES)/seed-article.txt" ]; then \
	  $(BIN)/forcewatch news read "$(EXAMPLES)/seed-article.txt" --published 2021-04-30 --store $(STORE) \
	    --out news-seed.jsonl; fi

serve: setup ## the web dashboard and JSON API on the built (and linked) store: http://127.0.0.1:8000
	$(BIN)/forcewatch serve --store $(STORE)

test: setup ## run the whole test suite
	$(BIN)/pytest -q

test-fast: setup ## skip the slow tests
	$(BIN)/pytest -q -m "not slow"

lint: setup
	$(BIN)/pip install -q ruff && $(BIN)/ruff check src tests benchmarks

bench: setup ## run the benchmarks and write benchmarks/results/*.json
	$(BIN)/python benchmarks/bench_build.py --data "$(MIRROR)"
	$(BIN)/python benchmarks/bench_query.py --data "$(MIRROR)"
	$(BIN)/python benchmarks/bench_link.py --data "$(MIRROR)"
	$(MAKE) bench-news
	$(BIN)/python benchmarks/bench_web.py --data "$(MIRROR)"

bench-news: setup ## build a WARC from real texts, time the pre-filter and the extraction
	$(BIN)/python benchmarks/make_warc.py --data "$(MIRROR)"
	$(BIN)/python benchmarks/bench_news.py --repeat 5

clean:
	rm -rf $(VENV) $(STORE) forcewatch-report.html news-seed.jsonl .pytest_cache
