# presslens: `make serve` to use it, `make test` to check it. Both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8000
WASM_PACK := wasm-pack build --target web --out-dir www/pkg --out-name presslens --no-pack

DATA ?= ../shared/data

.PHONY: setup build wasm cli seeds dist serve test test-native test-wasm test-e2e golden patterns ner-model claims-model eval bench fuzz-smoke hostile fmt clean

setup:
	@scripts/setup.sh

## build: the wasm module and the page's sample set, and the native CLI
build: setup wasm seeds cli

wasm:
	$(WASM_PACK) --profile wasm

cli:
	cargo build --release --locked

seeds:
	node scripts/build-seeds.mjs

## dist: the page as one .html (wasm, worker and samples inlined) that opens from disk
dist: setup wasm
	node scripts/dist.mjs

## serve: build, then serve the page on 127.0.0.1:$(PORT)
serve: build
	node scripts/serve.mjs $(PORT)

## fmt: check the Rust code's layout (rustfmt.toml); `cargo fmt` fixes it. Not part of test,
## so that a newer rustfmt's taste cannot turn a fresh machine's run red.
fmt:
	cargo fmt --check

## test: native unit and golden tests, wasm tests in headless Chromium, the page end to end,
## then about a minute of fuzzing per fuzz target
test: setup test-native test-wasm wasm seeds test-e2e fuzz-smoke

test-native:
	cargo test --locked

test-wasm:
	wasm-pack test --headless --chrome

test-e2e:
	node --test tests/e2e/

## fuzz-smoke: each cargo fuzz target for FUZZ_SECONDS (60) s from its corpus and regressions
fuzz-smoke:
	fuzz/smoke.sh

## hostile: time each hostile input at n and 10n (10n = 20 MB on one line, …); not part of test
hostile:
	cargo run --release --locked --example hostile

## golden: rewrite tests/golden/ from the current analysis (review the diff before committing)
golden:
	PRESSLENS_BLESS=1 cargo test --locked --test golden

## patterns: recompile the date and quantity patterns to DFAs (data/patterns.dfa, committed)
patterns:
	PRESSLENS_BLESS=1 cargo test --locked --lib the_compiled_patterns_are_current

## ner-model: retrain the entity tagger (data/ner.bin, committed) from CoNLL++ train
ner-model:
	cargo run --release --locked -- train ner $(DATA)/conllpp/train.txt --out data/ner.bin --dev $(DATA)/conllpp/dev.txt

## claims-model: retrain the check-worthiness scorer (data/claims.bin, committed) from ClaimBuster
claims-model:
	cargo run --release --locked -- train claims $(DATA)/claimbuster/train.json --out data/claims.bin

## eval: the accuracy figures of the README, on the development data beside the checkout
eval:
	cargo build --release --locked
	target/release/presslens eval quotes $(DATA)/polnear/dev
	target/release/presslens eval entities $(DATA)/conllpp/dev.txt
	target/release/presslens eval dates $(DATA)/timebank
	target/release/presslens eval claims $(DATA)/claimbuster/train.json --folds 5

## bench: speed from one run on this machine, one table (also target/bench.json); not part of test
bench: setup wasm seeds cli
	@[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
	PRESSLENS_DATA=$(DATA) node scripts/bench.mjs

clean:
	cargo clean
	rm -rf www/pkg www/seeds
