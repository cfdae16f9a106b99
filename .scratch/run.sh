#!/bin/sh
# usage: run.sh file.mts args...
f=$1; shift
node_modules/.bin/esbuild "$f" --bundle --platform=node --format=esm --log-level=warning --outfile=.scratch/out.mjs --banner:js="import {createRequire} from 'module';const require=createRequire(import.meta.url);" && node .scratch/out.mjs "$@"
