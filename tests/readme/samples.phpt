--TEST--
README.md: every PHP sample runs, and gives the output and the values README shows
--DESCRIPTION--
Each ```php block of README.md is run as a script of its own in a child PHP (this PHP, its
usual php.ini, and the sockerr module this test loaded), in a temporary working directory.
What README shows is checked, by these conventions:

- A block of output (```text, ```json or a bare ```) right after the sample, with only blank
  lines between, is what the sample prints on stdout. "..." in it stands for any text
  (within a line or across lines); trailing spaces and the last line break do not count.
  A sample with no block of output must print nothing.
- A line `EXPRESSION;   // VALUE`, where VALUE is a case (`SocketError::TimedOut`), a string
  in single quotes, an integer, true, false or null, shows the expression's value: it must
  be exactly that (===). A comment of any other form is prose.
- Nothing may go to stderr, and the script must exit 0.
- A sample that cannot run has `<!-- not run: REASON -->` on the line before its fence; the
  reasons are listed below, so a new one changes this test's output. A sample that declares a
  namespace runs without the child's `$logger` and `$client` (it only declares a class).

The child gets a `$logger` (what a PSR-3 logger's line looks like: "app.ERROR: message
{context as JSON} {extra as JSON, when there is any}", Monolog's line format without the date;
its pushProcessor() runs processors on Monolog 2's array records) and, when Debian's
Guzzle is installed, a `$client` (a GuzzleHttp\Client). Its environment has no proxy
variables, and the resolver gives up after one attempt of a second. A sample that calls a
function of an extension the child lacks (curl, sockets) or needs Guzzle where it is
missing is skipped silently: the samples that need sockerr alone always run.
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../README.md')) die('skip README.md is not here (an installed package has no README to check)');
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--EXTENSIONS--
sockerr
--FILE--
<?php
$readme = __DIR__ . '/../../README.md';
$lines = file($readme, FILE_IGNORE_NEW_LINES);

/** The sockerr module this process loaded (from its memory map), else modules/sockerr.so. */
function readme_module(): string
{
    foreach (@file('/proc/self/maps') ?: [] as $line) {
        if (preg_match('#\s(/\S*sockerr\.so)$#', trim($line), $m)) {
            return $m[1];
        }
    }
    return dirname(__DIR__, 2) . '/modules/sockerr.so';
}

// the fenced blocks: [info string, first line of code (1-based), code lines, line before the fence]
$blocks = [];
for ($i = 0, $n = count($lines); $i < $n; $i++) {
    if (!preg_match('/^(\s*)```(\S*)\s*$/', $lines[$i], $m)) {
        continue;
    }
    $indent = strlen($m[1]);
    $block = ['lang' => $m[2], 'line' => $i + 2, 'code' => [], 'before' => $i > 0 ? trim($lines[$i - 1]) : '', 'fence' => $i];
    for ($i++; $i < $n && !preg_match('/^\s*```\s*$/', $lines[$i]); $i++) {
        $block['code'][] = substr($lines[$i], min($indent, strspn($lines[$i], ' ')));
    }
    $block['end'] = $i;
    $blocks[] = $block;
}

$prelude = <<<'PHP'
final class ReadmeLogger
{
    private array $processors = [];

    public function pushProcessor(callable $processor): void
    {
        $this->processors[] = $processor;
    }

    public function __call(string $level, array $args): void
    {
        // a record as Monolog 2 hands it to its processors
        $record = ['message' => $args[0], 'context' => $args[1] ?? [], 'level' => 400, 'level_name' => strtoupper($level),
            'channel' => 'app', 'datetime' => new DateTimeImmutable(), 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        echo 'app.', $record['level_name'], ': ', $record['message'], ' ',
            json_encode($record['context'], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
            $record['extra'] ? ' ' . json_encode($record['extra'], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) : '', "\n";
    }
}
$logger = new ReadmeLogger();
if (stream_resolve_include_path('GuzzleHttp/autoload.php')) {
    require_once 'GuzzleHttp/autoload.php';
    $client = new GuzzleHttp\Client(['connect_timeout' => 2]);
}
function readme_value(int $line, mixed $value, mixed $shown, string $text): void
{
    if ($value !== $shown) {
        fwrite(STDERR, "README.md:$line shows $text, the code gives " . var_export($value, true) . "\n");
    }
}

PHP;

$dir = sys_get_temp_dir() . '/sockerr-readme-' . getmypid();
@mkdir($dir);
// the log the scanning sample reads
file_put_contents("$dir/app.log", implode("\n", [
    '[2026-11-30 10:00:01] app.ERROR: Redis is unreachable: stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (Connection refused)',
    '[2026-11-30 10:00:03] app.ERROR: cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received',
    '[2026-11-30 10:00:04] app.INFO: Order 1234 shipped',
    '[2026-11-30 10:00:05] app.ERROR: Redis is unreachable: stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (Connection refused)',
    '[2026-11-30 10:00:06] app.ERROR: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for db failed: Temporary failure in name resolution',
]) . "\n");

$env = ['PATH' => (string) getenv('PATH'), 'RES_OPTIONS' => 'timeout:1 attempts:1', 'NO_COLOR' => '1'];
// what a sanitizer or debug build of PHP needs to run as this one does
foreach (['ASAN_OPTIONS', 'UBSAN_OPTIONS', 'LSAN_OPTIONS', 'LD_LIBRARY_PATH', 'USE_ZEND_ALLOC'] as $name) {
    if (getenv($name) !== false) {
        $env[$name] = getenv($name);
    }
}
$php = [PHP_BINARY, '-d', 'extension=' . readme_module(), '-d', 'display_errors=stderr', '-d', 'error_reporting=-1'];
$run = function (string $script) use ($php, $dir, $env): array {
    file_put_contents("$dir/sample.php", $script);
    $process = proc_open(array_merge($php, ["$dir/sample.php"]), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $dir, $env);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    return [proc_close($process), $out, $err];
};
[, $have] = $run('<?php echo json_encode(["curl" => extension_loaded("curl"), "sockets" => extension_loaded("sockets"),'
    . ' "guzzle" => (bool) stream_resolve_include_path("GuzzleHttp/autoload.php"), "sockerr" => extension_loaded("sockerr")]);');
$have = json_decode($have, true) ?: [];
if (!($have['sockerr'] ?? false)) {
    echo "the child PHP did not load sockerr: ", implode(' ', $php), "\n";
}

$value = "SocketError::\\w+|'(?:[^'\\\\]|\\\\.)*'|-?\\d+|true|false|null";
$samples = $ran = $values = $outputs = 0;
$problems = $notRun = [];
foreach ($blocks as $k => $block) {
    if ($block['lang'] !== 'php') {
        continue;
    }
    $samples++;
    $where = "README.md:{$block['line']}";
    if (preg_match('/^<!-- not run: (.+) -->$/', $block['before'], $m)) {
        $notRun[] = "not run: $m[1]";
        continue;
    }
    $code = implode("\n", $block['code']);
    $needs = array_filter([
        'curl' => str_contains($code, 'curl_'),
        'sockets' => str_contains($code, 'socket_'),
        'guzzle' => str_contains($code, '$client') || str_contains($code, 'GuzzleHttp'),
    ]);
    if (array_diff_key($needs, array_filter($have))) {
        continue;
    }
    // the value comments become checks
    $script = [];
    foreach ($block['code'] as $j => $line) {
        if (preg_match("~^(\\s*)(\\S.*?);\\s*//\\s*($value)\\s*$~", $line, $m)) {
            $script[] = sprintf('%sreadme_value(%d, (%s), %s, %s);', $m[1], $block['line'] + $j, $m[2], $m[3], var_export($m[3], true));
            $values++;
        } else {
            $script[] = $line;
        }
    }
    // the block of output after it, with only blank lines between
    $expected = '';
    for ($l = $block['end'] + 1; isset($lines[$l]) && trim($lines[$l]) === ''; $l++);
    $next = $blocks[$k + 1] ?? null;
    if ($next && $next['fence'] === $l && in_array($next['lang'], ['', 'text', 'json'], true)) {
        $expected = implode("\n", $next['code']);
        $outputs++;
    }
    // a sample that declares a namespace (a class for a framework) runs alone: it only declares
    $code = preg_replace('/^<\?php\s*/', '', implode("\n", $script));
    [$status, $out, $err] = $run("<?php\n" . (preg_match('/^\s*namespace\s/', $code) ? '' : $prelude) . $code . "\n");
    $ran++;
    if ($status !== 0 || $err !== '') {
        $problems[] = "$where: exit status $status" . ($err !== '' ? ", stderr:\n$err" : '');
    }
    $normal = fn (string $s) => rtrim(implode("\n", array_map('rtrim', explode("\n", $s))));
    $pattern = '/^' . implode('.*?', array_map(fn ($p) => preg_quote($p, '/'), explode('...', $normal($expected)))) . '$/s';
    if (!preg_match($pattern, $normal($out))) {
        $problems[] = "$where: README shows\n$expected\nthe sample prints\n$out";
    }
}
@unlink("$dir/sample.php");
@unlink("$dir/app.log");
@rmdir($dir);

echo $samples >= 10 ? "README.md has 10 or more PHP samples\n" : "README.md has $samples PHP samples\n";
echo implode("\n", $notRun), "\n";
echo $values >= 5 && $outputs >= 5 ? "values and outputs shown are checked\n" : "only $values values and $outputs outputs checked\n";
echo $problems ? implode("\n", $problems) . "\n" : "every sample that ran gave what README shows\n";
?>
--EXPECT--
README.md has 10 or more PHP samples
not run: declarations of the API, not a program
values and outputs shown are checked
every sample that ran gave what README shows
