package nl.dichtbij.toegang.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

public class IntakeFormulier {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime intakeOp;
    private String intakeLocatie;

    public LocalDateTime getIntakeOp() { return intakeOp; }
    public void setIntakeOp(LocalDateTime intakeOp) { this.intakeOp = intakeOp; }
    public String getIntakeLocatie() { return intakeLocatie; }
    public void setIntakeLocatie(String intakeLocatie) { this.intakeLocatie = intakeLocatie; }
}
