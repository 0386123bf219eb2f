/* The cmark floor of the benchmark: read every .md file named on stdin,
 * skip its front matter and render its body to HTML with libcmark-gfm and
 * the GitHub extensions dossier parses with, as `cmark-gfm -e table ...`
 * would. Prints the number of bytes rendered. */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *extensions[] = {"table", "strikethrough", "autolink", "tasklist"};

static char *render(const char *body) {
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(extensions[i]));
    cmark_parser_feed(parser, body, strlen(body));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    cmark_node_free(document);
    cmark_parser_free(parser);
    return html;
}

int main(void) {
    cmark_gfm_core_extensions_ensure_registered();
    char path[4096];
    size_t total = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        char *text = malloc(size + 1);
        size_t got = fread(text, 1, size, file);
        fclose(file);
        text[got] = 0;
        char *body = text;
        if (strncmp(text, "---\n", 4) == 0) {
            char *end = strstr(text + 4, "\n---\n");
            if (end) body = end + 5;
        }
        char *html = render(body);
        total += strlen(html);
        free(html);
        free(text);
    }
    printf("%zu\n", total);
    return 0;
}
