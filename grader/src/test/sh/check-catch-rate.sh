#!/usr/bin/env bash
# Runs some checks of one lesson many times in one JVM (C1 only, as ./workbook does) and counts the runs in which any
# of them failed: the catch rate of a broken server, or the false failures of a correct one.
#   grader/src/test/sh/check-catch-rate.sh LESSON TARGET METHODS RUNS [show]
#   e.g. ... 07 class:workbook.grader.broken.lesson07.room.CountsThenBroadcasts burstsAtOnce,crowdsAfterLeaves 50
#        ... 07 solution burstsAtOnce,crowdsAfterLeaves 30
# Build first (under the shared lock): mvn -B -o -q -pl grader -am test-compile dependency:build-classpath
#   -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
cp="$home/grader/target/test-classes:$home/grader/target/classes:$(cat "$home/grader/target/cp.txt")"
exec java -Dworkbook.home="$home" -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -cp "$cp" workbook.grader.CheckCatchRate "$@"
