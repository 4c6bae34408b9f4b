/**
 * Small mappers between the SDK's EC2 and SSM shapes and ami4j's model, one per kind of value.
 * Answers are read leniently because EC2 adds values over time: a value ami4j does not know never
 * drops an item, it is kept as {@code UNKNOWN} (or an empty optional) with EC2's text in the
 * model's {@code unknownValues()}; an item that cannot be held at all is named in the page's
 * {@code unmapped()}. Requests are written exactly. Not exported.
 */
package io.ami4j.aws.internal.map;
