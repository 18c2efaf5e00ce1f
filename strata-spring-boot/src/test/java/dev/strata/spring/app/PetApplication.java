package dev.strata.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small application with a JPA entity over a table its migrations create. */
@SpringBootApplication
public class PetApplication {
}
