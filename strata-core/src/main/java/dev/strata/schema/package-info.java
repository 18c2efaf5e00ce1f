/**
 * The schema model: what a database holds, as immutable records that refer to each other by name
 * ({@link dev.strata.schema.TableRef}, {@link dev.strata.schema.TypeRef}), never by pointer.
 * {@link dev.strata.schema.Realm} holds schemas; a {@link dev.strata.schema.Schema} holds tables,
 * views, routines, triggers, sequences and user-defined types; a {@link dev.strata.schema.Table}
 * holds columns, keys, indexes, checks, PostgreSQL's partitioning and row-level security.
 * Attributes only one database has are {@link dev.strata.schema.DialectAttr} records of that
 * dialect's package.
 *
 * <p><b>Equal records mean equal schemas.</b> Inspectors, the HCL reader and the differ rely on
 * {@code equals}, so the model has one normal form, which the records' constructors apply where
 * they can and producers apply where it takes knowledge of the database:
 * <ul>
 *   <li>Order. Columns, key parts, foreign-key columns, enum values, function arguments and
 *       composite fields keep their database order. Every other list is sorted: schemas, tables,
 *       views, sequences, types, extensions, indexes, unique constraints and policies by name;
 *       foreign keys and checks by name (unnamed SQLite ones first, then by columns or
 *       expression); routines by kind, name and signature; triggers by table and name; dialect
 *       attributes by key; trigger events by {@link dev.strata.schema.Trigger.Event} order.</li>
 *   <li>Absent means default. A component is null, false or empty when it has the value the
 *       database gives by default, and producers leave defaults out: a primary key's name when
 *       it is the database's ({@code users_pkey}, {@code PRIMARY}); an index type BTREE;
 *       NULLS FIRST/LAST when it is the order's default; an operator class that is the type's
 *       default; a sequence option at its default; a table's charset and collation when they
 *       are its schema's, a column's when they are its table's
 *       ({@link dev.strata.schema.Schema#withoutInheritedCharsets()}); a MySQL storage engine when it is
 *       the server's default; PUBLIC as a policy's only role. Foreign-key actions are never null:
 *       NO ACTION when not given.</li>
 *   <li>Spelling. Column types come from the dialect's {@link dev.strata.schema.TypeNames}, whose
 *       normal form the inspector and the HCL reader share ({@code integer} for {@code int4}).
 *       Default values are typed literals ({@code 'x'::text} is the string {@code x}, numbers in
 *       their shortest form) or expressions as the database prints them. Definitions of views,
 *       routines and triggers are trimmed, with LF line ends. An empty comment is no comment.</li>
 * </ul>
 *
 * <p>{@link dev.strata.schema.InspectScope} says what an inspection covers, and
 * {@link dev.strata.schema.Exclusion} applies Atlas's {@code --exclude} globs to a realm.
 * {@code dev.strata.schema.hcl} prints and reads Atlas's HCL schema language;
 * {@code dev.strata.schema.json} prints the JSON of {@code schema inspect}.
 */
package dev.strata.schema;
