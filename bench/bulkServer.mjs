// dynalite in its own process (its own core), so the engine does not share a thread
// with the process under test. Prints its port, serves until killed.
import dynalite from 'dynalite';

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
