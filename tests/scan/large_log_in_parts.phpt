--TEST--
sockerr_scan(): a log read in 64 KB parts that end at a line's end finds what one scan of the whole finds (README's recipe)
--EXTENSIONS--
sockerr
--FILE--
<?php
$file = tempnam(sys_get_temp_dir(), 'sockerr-log');
$lines = [
    "2026-11-30 app.INFO: request handled in 12 ms\n",
    "2026-11-30 app.ERROR: connect() failed: Connection refused (errno=111)\n",
    "2026-11-30 app.ERROR: cURL error 28: Operation timed out after 5001 milliseconds\n",
    "2026-11-30 app.ERROR: php_network_getaddresses: getaddrinfo for db failed: Temporary failure in name resolution\n",
];
$log = '';
for ($i = 0; strlen($log) < 400_000; $i++) {
    $log .= $lines[$i * 7 % 4];
}
file_put_contents($file, $log);

$in = fopen($file, 'rb');
$start = 0;
$found = [];
while (!feof($in)) {
    $part = fread($in, 1 << 16);
    if (!feof($in) && ($end = strrpos($part, "\n")) !== false) {
        fseek($in, $end + 1 - strlen($part), SEEK_CUR);
        $part = substr($part, 0, $end + 1);
    }
    foreach (sockerr_scan($part, 'linux') as $finding) {
        $found[] = [$start + $finding['offset'], $finding['text'], $finding['error']];
    }
    $start += strlen($part);
}
fclose($in);
unlink($file);
$whole = array_map(fn ($f) => [$f['offset'], $f['text'], $f['error']], sockerr_scan($log, 'linux'));
var_dump($start === strlen($log), count($found) > 3000, $found === $whole);
echo implode(' ', array_unique(array_column($found, 2))), "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
HostNotFound TryAgain TimedOut ConnectionRefused
