/// What `gazette init` writes for a new newsletter: a commented config and an example overrides file.
public enum StarterFiles {
    public static let config = """
        # Gazette settings. Paths are relative to this file.

        # Recap files or folders (Hugo posts, Markdown, plain text, RSS/Atom feeds), read recursively,
        # or feeds by https:// URL (RSS, Atom, JSON Feed; fetched only when changed).
        sources:
          - content/posts/
          # - https://example.org/index.xml

        # Where composed issues are queued, one folder per issue (outbox/2026-11/), with the send ledger.
        outbox: outbox

        # Which period an issue covers: monthly (the month that just ended: `gazette run` on 1 December
        # composes and sends the November issue), weekly (the ISO week that just ended), or window (the
        # window_days up to today, named for today's month).
        schedule: monthly
        # window_days: 31                  # with schedule: window only

        # Editions to render, and the order of the languages in the bilingual one.
        editions: [fr, en, bilingual]
        bilingual_order: [fr, en]

        # Optional editorial introduction per language, in Markdown.
        # intro:
        #   fr: intro.fr.md
        #   en: intro.en.md

        # Organizers' corrections, keyed by talk id (see overrides.yaml).
        overrides: overrides.yaml

        # Your own templates (`gazette init` wrote copies of the defaults here); a missing file falls back
        # to the built-in default.
        templates: templates/

        # Your site's address: relative links in recaps are made absolute with it, and each event links to
        # its recap at site_url + the pattern of its language ({slug}, {section}, {year}, {month}, {day};
        # Hugo's own defaults when absent). A post's own front matter url or permalink wins.
        # site_url: https://example.org/
        # permalinks:
        #   en: "/community-news/{slug}/"
        #   fr: "/fr/community-news/{slug}/"

        # Optional machine translation of texts missing in a language, labelled as such. Off unless set.
        # The API key is read from the environment variable named here, never from this file.
        # translation:
        #   provider: libretranslate        # or: openai (any OpenAI-compatible chat-completions server)
        #   url: http://127.0.0.1:5000
        #   model: gpt-4o-mini              # openai only
        #   api_key_env: GAZETTE_TRANSLATE_KEY

        # Who receives the issue (gazette send, gazette run). Secrets never go here: the unsubscribe key
        # comes from GAZETTE_UNSUBSCRIBE_KEY, the SMTP password from GAZETTE_SMTP_PASSWORD or password_file.
        # delivery:
        #   subscribers: subscribers.csv     # email,name,language (fr, en or both); or a YAML list
        #   suppression: suppressed.txt      # unsubscribed and bounced addresses, one per line
        #   from: "La Gazette des meetups <gazette@example.org>"
        #   reply_to: organisateurs@example.org
        #   unsubscribe_url: "https://example.org/unsubscribe?token={token}"
        #   unsubscribe_mailto: unsubscribe@example.org
        #   rate: 10/s                       # never more than this, retries included
        #   retry: {rounds: 2, delay_seconds: 30, max_attempts: 8}
        #   sender:                          # the law (CASL, CAN-SPAM) asks every message to say who sends it
        #     name: {fr: "Les Meetups infonuagiques de l’Est", en: "Eastern Cloud Native Meetups"}
        #     postal_address: "1234 rue Sainte-Catherine Ouest, Montréal QC  H3G 1P1, Canada"   # a real send refuses without it
        #     contact: organisateurs@example.org
        #   bounce_address: "bounces+{token}@example.org"   # optional VERP envelope sender, read by gazette inbox
        #   suppress_on_5xx: true            # a 550 to RCPT suppresses the address
        #   archive_url: https://example.org/issues/        # "View in your browser" links to gazette archive's site
        # smtp:
        #   url: smtp://mail.example.org:587 # STARTTLS required; smtps://…:465 for TLS from the start
        #   user: gazette
        #   password_file: /etc/gazette/smtp-password
        #   ca_file: /etc/gazette/ca.pem     # to trust your own certificate authority
        #   insecure_no_tls: false           # true only for a test server on this machine (127.0.0.1):
        #                                    # plain smtp:// without STARTTLS

        """

    public static let overrides = """
        # Organizers' overrides: they win over everything Gazette extracts, builds or translates.
        # Keys are talk ids, as `gazette talks` and the preview list them. Any field may be left out.
        #
        # "montreal-novembre-2026/anais-cote-lariviere":
        #   title:
        #     fr: "L’observabilité pour les petites équipes"
        #     en: "Observability for Small Teams"
        #   summary:
        #     fr: "Comment une équipe de trois suit ses services avec un seul tableau de bord."
        #     en: "How a team of three watches its services from a single dashboard."

        """
}
