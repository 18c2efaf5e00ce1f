package dev.strata.config;

/** HCL's identifier rule, for writing references and block types. */
public final class HclIdentifiers {

    private HclIdentifiers() {
    }

    /** A letter or underscore, then letters, digits, underscores and dashes; or a plain number (HCL's legacy index). */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return true;
        }
        if (!Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
