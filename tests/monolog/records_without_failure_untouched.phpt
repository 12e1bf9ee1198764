--TEST--
monolog: records whose context holds no failure come back untouched (the same array or LogRecord): no context, scalars, an exception that is no socket failure, another object, a failure nested in an array (only the context's top-level values are read), a message naming a failure without $scanMessage
--SKIPIF--
<?php if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed'); ?>
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/monolog.inc';
// the records as Monolog hands them to a processor, made by a logger without one
$handler = new Monolog\Handler\TestHandler();
$logger = new Monolog\Logger('app', [$handler]);
$refused = new RuntimeException('stream_socket_client(): Unable to connect to tcp://127.0.0.1:1 (Connection refused)');
$logger->info('plain');
$logger->info('user {id} logged in', ['id' => 7, 'ip' => '127.0.0.1']);
$logger->error('bad input', ['exception' => new InvalidArgumentException('Expected an int, got "abc"')]);
$logger->error('odd', ['exception' => new LogicException('Index 111 is out of range', 111)]);
$logger->notice('object', ['when' => new DateTimeImmutable('2026-01-01'), 'self' => new SocketErrorProcessor()]);
$logger->error('nested', ['errors' => [$refused], 'extra' => ['exception' => $refused]]);
$logger->error('Connection refused by db:3306');
$processor = new SocketErrorProcessor();
foreach ($handler->getRecords() as $record) {
    $processed = $processor($record);
    printf("%-7s same=%s extra=%s\n", $record['message'] === 'user {id} logged in' ? 'user' : strtok($record['message'], ' '),
        json_encode($processed === $record), json_encode($processed['extra']));
}
?>
--EXPECT--
plain   same=true extra=[]
user    same=true extra=[]
bad     same=true extra=[]
odd     same=true extra=[]
object  same=true extra=[]
nested  same=true extra=[]
Connection same=true extra=[]
