package io.github.consultation.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with nothing of its own (and no component scan): what the starter gives by itself. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterApplication {
}
