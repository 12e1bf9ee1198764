--TEST--
sockerr_explain(): a Stringable is a string, as PHP coerces any string argument (without strict_types)
--EXTENSIONS--
sockerr
--FILE--
<?php
final class LogLine implements Stringable {
    public function __construct(private string $line) {}
    public function __toString(): string { return $this->line; }
}
echo sockerr_explain(new LogLine('ECONNREFUSED'))['error'], "\n";
echo sockerr_explain(new LogLine('connect() failed: No route to host'))['matched'], "\n";
echo sockerr_explain(new LogLine('61'), 'darwin')['name'], "\n";
echo SocketError::fromMessage(new LogLine('Connection timed out'))->name, "\n";
echo count(sockerr_scan(new LogLine('errno=111'), new LogLine('linux'))), "\n";
try {
    sockerr_explain(new class { public function __toString(): string { throw new RuntimeException('no text'); } });
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
ConnectionRefused
No route to host
ECONNREFUSED
TimedOut
1
RuntimeException: no text
