--TEST--
bin/sockerr scan: the summary for a person (each case and symbol, its lines, first and last line, an example, the first hint), several files, --platform, and nothing found
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
$dir = sys_get_temp_dir() . '/sockerr-cli-' . getmypid();
mkdir($dir);
file_put_contents("$dir/app.log", implode("\n", [
    '[2026-11-30 10:00:00] app.INFO: request handled in 12 ms',
    '[2026-11-30 10:00:01] app.ERROR: Redis is unreachable: stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (Connection refused)',
    '[2026-11-30 10:00:02] app.INFO: request handled in 9 ms',
    '[2026-11-30 10:00:03] app.ERROR: cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received',
    '[2026-11-30 10:00:04] app.ERROR: connect() failed: errno=61',
    '[2026-11-30 10:00:05] app.ERROR: Redis is unreachable: stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (Connection refused)',
]) . "\n");
file_put_contents("$dir/worker.log", "job 1 done\nSQLSTATE[HY000] [2002] Connection refused\n");
file_put_contents("$dir/quiet.log", "job 1 done\njob 2 done\n");
chdir($dir);
foreach ([['scan', 'app.log', '--platform', 'darwin'], ['scan', 'app.log', 'worker.log', '--platform', 'linux'], ['scan', 'quiet.log']] as $args) {
    $r = cli($args);
    echo implode(' ', $args), ": exit {$r['status']}\n", $r['out'], $r['err'], "\n";
}
foreach (['app.log', 'worker.log', 'quiet.log'] as $file) {
    unlink("$dir/$file");
}
rmdir($dir);
?>
--EXPECT--
scan app.log --platform darwin: exit 0
app.log: 6 lines (571 bytes) scanned; 4 lines with a failure, 2 kinds.

ConnectionRefused  ECONNREFUSED              3 lines  first 2  last 6
    [2026-11-30 10:00:01] app.ERROR: Redis is unreachable: stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (Connection refused)
    hint: On the server: `ss -ltnp | grep :3306` and check the listen address (0.0.0.0 or :: for all, 127.0.0.1 for local only); for UDP collectors `ss -lunp | grep :8125`.

TimedOut           CURLE_OPERATION_TIMEDOUT  1 line   first 4  last 4
    [2026-11-30 10:00:03] app.ERROR: cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received
    hint: See which phase took the time: namelookup_time, connect_time, appconnect_time and starttransfer_time from curl_getinfo() (Guzzle: the 'on_stats' option, TransferStats::getHandlerStats()).

scan app.log worker.log --platform linux: exit 0
2 files: 8 lines (624 bytes) scanned; 5 lines with a failure, 4 kinds.

ConnectionRefused  ECONNREFUSED              3 lines  first app.log:2  last worker.log:2
    [2026-11-30 10:00:01] app.ERROR: Redis is unreachable: stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (Connection refused)
    hint: On the server: `ss -ltnp | grep :3306` and check the listen address (0.0.0.0 or :: for all, 127.0.0.1 for local only); for UDP collectors `ss -lunp | grep :8125`.

TimedOut           CURLE_OPERATION_TIMEDOUT  1 line   first app.log:4  last app.log:4
    [2026-11-30 10:00:03] app.ERROR: cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received
    hint: See which phase took the time: namelookup_time, connect_time, appconnect_time and starttransfer_time from curl_getinfo() (Guzzle: the 'on_stats' option, TransferStats::getHandlerStats()).

NoData             ENODATA                   1 line   first app.log:5  last app.log:5
    [2026-11-30 10:00:04] app.ERROR: connect() failed: errno=61
    hint: From the PHP host, list all records: `dig name A`, `dig name AAAA` and `dig name ANY`.

Unknown            "SQLSTATE[HY000] [2002]"  1 line   first worker.log:2  last worker.log:2
    SQLSTATE[HY000] [2002] Connection refused
    hint: Read the raw code and message next to this entry in the log; they are the only reliable clue.

scan quiet.log: exit 1
quiet.log: 2 lines (22 bytes) scanned; 0 lines with a failure, 0 kinds.