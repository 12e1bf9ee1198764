--TEST--
sockerr_explain(Throwable): user code run during the walk (getHandlerContext(), __get()) can change or drop what was read, and nothing leaks
--EXTENSIONS--
sockerr
--FILE--
<?php
// getHandlerContext() of the previous exception replaces the outer exception's message (the
// verdict points into the old one) and drops the last reference to itself (the outer's
// `previous`; the walk is still on it). Freed memory read here shows under valgrind and ASan,
// which CI runs this under; the output below must hold anyway.
class HostileContext extends RuntimeException {
    public ?Throwable $outer = null;
    public function getHandlerContext(): array {
        (new ReflectionProperty(Exception::class, 'message'))->setValue($this->outer, str_repeat('x', 100));
        (new ReflectionProperty(Exception::class, 'previous'))->setValue($this->outer, null);
        $this->outer = null;
        return ['errno' => 7];
    }
}
$inner = new HostileContext(sprintf('cURL error %d: Failed to connect to %s port %d', 7, 'db', 5432));
$outer = new RuntimeException(sprintf('connect() failed: %s', 'Connection refused'), 0, $inner);
$inner->outer = $outer;
unset($inner);
$r = sockerr_explain($outer);
echo $r['error'], ' | ', $r['name'], ' | ', $r['matched'], ' | ', $r['curl']['name'], "\n";
var_dump($outer->getPrevious(), $outer->getMessage() === str_repeat('x', 100));

// A subclass that unset its message and answers it with __get(): each value __get() returns
// is released (it leaked on every call).
class MagicMessage extends Exception {
    public function __construct(private string $text) { parent::__construct(); unset($this->message, $this->code, $this->previous); }
    public function __get($name) { return $name === 'message' ? sprintf('recv(): %s', $this->text) : null; }
}
$e = new MagicMessage('Connection reset by peer');
$r = sockerr_explain($e);
$i = 0;
$before = memory_get_usage();
for ($i = 0; $i < 1000; $i++) {
    $r = sockerr_explain($e);
}
echo $r['error'], ' | ', $r['matched'], ' | grew by ', memory_get_usage() - $before, " bytes\n";

// __get() that throws: the exception reaches the caller, nothing is returned
class ThrowingMessage extends Exception {
    public function __construct() { parent::__construct(); unset($this->message); }
    public function __get($name) { throw new LogicException("no $name"); }
}
try {
    sockerr_explain(new RuntimeException('wrapped', 0, new ThrowingMessage()));
} catch (LogicException $thrown) {
    echo get_class($thrown), ': ', $thrown->getMessage(), "\n";
}

// __get() that answers 'previous' with a fresh exception each time, forever: the walk stops
class EndlessPrevious extends Exception {
    public function __construct() { parent::__construct('errno=104'); unset($this->previous); }
    public function __get($name) { return $name === 'previous' ? new EndlessPrevious() : null; }
}
echo sockerr_explain(new EndlessPrevious(), 'linux')['error'], "\n";
?>
--EXPECT--
ConnectionRefused | ECONNREFUSED | Connection refused | CURLE_COULDNT_CONNECT
NULL
bool(true)
ConnectionReset | Connection reset by peer | grew by 0 bytes
LogicException: no message
ConnectionReset
