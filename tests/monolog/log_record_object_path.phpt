--TEST--
monolog: the Monolog 3 path without Monolog 3 installed: a stand-in Monolog\LogRecord shaped as Monolog 3's (readonly properties, with(...$args)) gets a new record from with(extra: ...); an untouched one is the same object
--DESCRIPTION--
Debian 12 ships Monolog 2, whose records are arrays; tests/monolog runs against Monolog 3's real
LogRecord in the Debian sid chroot (scripts/php-sid). This stand-in keeps the path tested here,
under the debug build's return-type checks too. It loads no Monolog.
--EXTENSIONS--
sockerr
--FILE--
<?php
namespace Monolog;

// Monolog 3's LogRecord, cut down to what a processor sees
class LogRecord implements \ArrayAccess
{
    public function __construct(
        public readonly string $message,
        public readonly array $context = [],
        public array $extra = [],
    ) {
    }
    public function offsetExists(mixed $offset): bool { return isset($this->{$offset}); }
    public function offsetGet(mixed $offset): mixed { return $this->{$offset}; }
    public function offsetSet(mixed $offset, mixed $value): void { throw new \LogicException('readonly'); }
    public function offsetUnset(mixed $offset): void { throw new \LogicException('readonly'); }
    public function with(mixed ...$args): self
    {
        echo 'with(', implode(', ', array_keys($args)), ")\n";
        foreach (['message', 'context', 'extra'] as $prop) {
            $args[$prop] ??= $this->{$prop};
        }
        return new self(...$args);
    }
}

$processor = new \SocketErrorProcessor();
$record = new LogRecord('connect failed', ['exception' => new \RuntimeException('getaddrinfo for db failed: Name or service not known')], ['request_id' => 'abc']);
$new = $processor($record);
var_dump($new instanceof LogRecord, $new !== $record, $record->extra === ['request_id' => 'abc']);
echo implode(',', array_keys($new['extra'])), ' ', $new['extra']['socket_error']['error'], ' ', $new['extra']['socket_error']['name'], "\n";
var_dump($new->context === $record->context, $new->message);

$plain = new LogRecord('fine', ['id' => 1]);
var_dump($processor($plain) === $plain);
$scan = new \SocketErrorProcessor(true, true);
echo $scan(new LogRecord('curl: (7) Failed to connect to localhost port 80: Connection refused'))['extra']['socket_error']['curl']['name'], "\n";
?>
--EXPECT--
with(extra)
bool(true)
bool(true)
bool(true)
request_id,socket_error HostNotFound EAI_NONAME
bool(true)
string(14) "connect failed"
bool(true)
with(extra)
CURLE_COULDNT_CONNECT
