package dev.strata.spring.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code pets} table that db/migrations creates; Hibernate validates the mapping at start-up. */
@Entity
@Table(name = "pets")
public class Pet {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
