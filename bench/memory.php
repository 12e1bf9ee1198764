<?php
/*
 * Memory cost of sockerr, measured in one run:
 *   1. RSS that loading the extension adds to `php -n -r ''`            target <= 2 MB
 *   2. private memory (Private_* of /proc/PID/smaps_rollup) of a php-fpm worker that has
 *      served requests calling sockerr_explain(), minus that of a worker without the
 *      extension serving the same requests (the median of FPM_SAMPLES workers of each, in
 *      turns: one worker's own noise is tens of KB: a median of five read -40 to +52 KB
 *      over eight runs, one of fifteen -40 to -4 over seven)              target <= 64 KB
 * php-fpm listens on a loopback port it picks; every wait is bounded.
 * Usage: php bench/memory.php MODULE_PATH [FPM_BINARY]
 */
const SAMPLES = 7;
const REQUESTS = 200;
const FPM_SAMPLES = 15;

$module = $argv[1] ?? exit("usage: php bench/memory.php MODULE_PATH [FPM_BINARY]\n");
$fpm = $argv[2] ?? trim((string) shell_exec('command -v php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION
    . ' || command -v php-fpm || ls /usr/sbin/php-fpm* 2>/dev/null | head -n 1'));
$failed = 0;

function median(array $values): int
{
    sort($values);
    return $values[intdiv(count($values), 2)];
}

function rss_kb(array $args): int
{
    $code = 'preg_match("/^VmRSS:\\s+(\\d+)/m", file_get_contents("/proc/self/status"), $m); echo $m[1];';
    $samples = [];
    for ($i = 0; $i < SAMPLES; $i++) {
        $samples[] = (int) shell_exec(escapeshellarg(PHP_BINARY) . ' -n ' . implode(' ', array_map('escapeshellarg', $args))
            . ' -r ' . escapeshellarg($code));
    }
    return median($samples);
}

$without = rss_kb([]);
$with = rss_kb(['-d', "extension=$module"]);
$delta = $with - $without;
$ok = $delta <= 2048;
$failed += $ok ? 0 : 1;
printf("php -n -r '' RSS: %d KB without, %d KB with sockerr: +%d KB, %.2fx of the 2048 KB budget %s\n",
    $without, $with, $delta, $delta / 2048, $ok ? 'PASS' : 'FAIL');

/** Sends one FastCGI request and returns the response body. */
function fastcgi_get(string $address, string $script): string
{
    $socket = stream_socket_client("tcp://$address", $errno, $errstr, 5);
    if (!$socket) {
        throw new RuntimeException("connect to php-fpm: $errstr");
    }
    stream_set_timeout($socket, 10);
    $record = fn (int $type, string $content) => pack('CCnnCx', 1, $type, 1, strlen($content), 0) . $content;
    $params = '';
    foreach (['SCRIPT_FILENAME' => $script, 'SCRIPT_NAME' => '/' . basename($script), 'REQUEST_METHOD' => 'GET',
        'SERVER_PROTOCOL' => 'HTTP/1.1', 'GATEWAY_INTERFACE' => 'CGI/1.1', 'QUERY_STRING' => ''] as $name => $value) {
        $params .= chr(strlen($name)) . pack('N', strlen($value) | 0x80000000) . $name . $value;
    }
    fwrite($socket, $record(1, pack('nCx5', 1, 0)) . $record(4, $params) . $record(4, '') . $record(5, ''));
    $out = '';
    while (!feof($socket)) {
        $header = fread($socket, 8);
        if (strlen($header) < 8) {
            break;
        }
        $h = unpack('Cversion/Ctype/nid/nlength/Cpadding', $header);
        $content = $h['length'] ? stream_get_contents($socket, $h['length']) : '';
        if ($h['padding']) {
            fread($socket, $h['padding']);
        }
        if ($h['type'] === 6) {
            $out .= $content;
        } elseif ($h['type'] === 3) {
            break;
        }
    }
    fclose($socket);
    return substr($out, strpos($out, "\r\n\r\n") + 4);
}

/** Starts php-fpm with one static worker, serves REQUESTS requests, and returns the worker's
 *  private KB: in all, and in the mappings of sockerr.so itself. */
function fpm_private_kb(string $fpm, array $extensions): array
{
    $dir = sys_get_temp_dir() . '/sockerr-fpm-' . getmypid() . '-' . count($extensions);
    @mkdir($dir);
    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $address = stream_socket_get_name($probe, false);
    fclose($probe);
    file_put_contents("$dir/fpm.conf", "[global]\npid = $dir/fpm.pid\nerror_log = $dir/fpm.log\ndaemonize = no\n"
        . "[bench]\nlisten = $address\npm = static\npm.max_children = 1\nclear_env = no\n");
    $args = [$fpm, '-n', '-R', '-y', "$dir/fpm.conf", '-d', 'extension_dir=' . ini_get('extension_dir')];
    foreach ($extensions as $extension) {
        array_push($args, '-d', "extension=$extension");
    }
    $master = proc_open($args, [1 => ['file', "$dir/stdout", 'w'], 2 => ['file', "$dir/stderr", 'w']], $pipes);
    try {
        $deadline = microtime(true) + 10;
        while (!@stream_socket_client("tcp://$address", $e, $s, 0.2)) {
            if (microtime(true) > $deadline) {
                throw new RuntimeException("php-fpm did not start: " . @file_get_contents("$dir/fpm.log") . @file_get_contents("$dir/stderr"));
            }
            usleep(50000);
        }
        $script = __DIR__ . '/fpm_request.php';
        for ($i = 0; $i < REQUESTS; $i++) {
            $pid = (int) fastcgi_get($address, $script);
        }
        preg_match_all('/^Private_\w+:\s+(\d+) kB/m', (string) file_get_contents("/proc/$pid/smaps_rollup"), $m);
        $own = 0;
        foreach (preg_split('/^(?=[0-9a-f]+-[0-9a-f]+ )/m', (string) file_get_contents("/proc/$pid/smaps")) as $mapping) {
            if (preg_match('/^\S+ \S+ \S+ \S+ \S+ +\S*sockerr\.so$/m', $mapping)) {
                preg_match_all('/^Private_\w+:\s+(\d+) kB/m', $mapping, $p);
                $own += array_sum($p[1]);
            }
        }
        return [array_sum($m[1]), $own];
    } finally {
        proc_terminate($master);
        proc_close($master);
        array_map('unlink', glob("$dir/*"));
        rmdir($dir);
    }
}

if ($fpm === '' || !is_executable($fpm)) {
    echo "php-fpm worker private memory: FAIL (no php-fpm binary; install php-fpm)\n";
    exit(1);
}
$plains = $loadeds = $owns = [];
for ($i = 0; $i < FPM_SAMPLES; $i++) {
    [$plains[]] = fpm_private_kb($fpm, []);
    [$loadeds[], $owns[]] = fpm_private_kb($fpm, [$module]);
}
[$plain, $loaded, $own] = [median($plains), median($loadeds), median($owns)];
$delta = $loaded - $plain;
$ok = $delta <= 64;
$failed += $ok ? 0 : 1;
printf("php-fpm worker private memory after %d requests (median of %d workers each): %d KB without, %d KB with sockerr: %+d KB, %.2fx of the 64 KB budget %s\n",
    REQUESTS, FPM_SAMPLES, $plain, $loaded, $delta, max($delta, 0) / 64, $ok ? 'PASS' : 'FAIL');
printf("  each worker without: %s KB; with: %s KB\n", implode(', ', $plains), implode(', ', $loadeds));
printf("  of which in sockerr.so's own mappings: %d KB (its tables and records stay shared with the master)\n", $own);
exit($failed ? 1 : 0);
