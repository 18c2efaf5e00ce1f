package dev.strata.config;

import java.util.List;

/**
 * A call of a name that is no function, where the vocabulary allows types: {@code varchar(255)}.
 *
 * @param name the name called
 * @param args the evaluated arguments
 */
public record HclCall(String name, List<Object> args) {
    public HclCall {
        args = List.copyOf(args);
    }
}
