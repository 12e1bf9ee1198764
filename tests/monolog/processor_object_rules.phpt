--TEST--
monolog: SocketErrorProcessor is final, a callable, clones keep their options, it cannot be serialized, and a record that is neither an array nor a Monolog\LogRecord is a TypeError
--EXTENSIONS--
sockerr
--FILE--
<?php
$class = new ReflectionClass(SocketErrorProcessor::class);
var_dump($class->isFinal(), is_callable(new SocketErrorProcessor()));
echo $class->getMethod('__invoke'), "\n";

$record = ['message' => 'm', 'context' => ['exception' => new RuntimeException('Connection refused')], 'extra' => []];
$full = clone new SocketErrorProcessor(full: true);
echo count($full($record)['extra']['socket_error']), "\n";
$compact = array_map(new SocketErrorProcessor(), [$record]);
echo count($compact[0]['extra']['socket_error']), "\n";
// a record without extra gets one; extra that is not an array is left alone
unset($record['extra']);
echo json_encode(array_keys((new SocketErrorProcessor())($record)['extra'])), "\n";
$record['extra'] = 'odd';
var_dump((new SocketErrorProcessor())($record) === $record);

foreach ([fn () => serialize(new SocketErrorProcessor()), fn () => (new SocketErrorProcessor())(new ArrayObject()),
        fn () => (new SocketErrorProcessor())('text'), function () { $p = new SocketErrorProcessor(); $p->foo = 1; }] as $call) {
    try {
        $call();
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
bool(true)
Method [ <internal:sockerr> public method __invoke ] {

  - Parameters [1] {
    Parameter #0 [ <required> Monolog\LogRecord|array $record ]
  }
  - Return [ Monolog\LogRecord|array ]
}

13
10
["socket_error"]
bool(true)
Exception: Serialization of 'SocketErrorProcessor' is not allowed
TypeError: SocketErrorProcessor::__invoke(): Argument #1 ($record) must be of type Monolog\LogRecord|array, ArrayObject given
TypeError: SocketErrorProcessor::__invoke(): Argument #1 ($record) must be of type Monolog\LogRecord|array, string given
Error: Cannot create dynamic property SocketErrorProcessor::$foo
