import rule from '../../rules/LL203-remote-script-piped.js';
import { ruleTester } from '../kit.js';

const D = '@sha256:' + '0'.repeat(64);
const PY = `FROM public.ecr.aws/lambda/python:3.12${D}`;
const AL = `FROM public.ecr.aws/lambda/provided:al2023${D}`;

ruleTester(rule, {
  valid: [
    { name: 'download to a file and verify before running', dockerfile: `${AL}\nRUN curl -fsSLo /tmp/install.sh https://example.org/install.sh \\\n && echo "abc123  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh\n` },
    { name: 'curl piped into a data tool', dockerfile: `${AL}\nRUN curl -fsSL https://example.org/app.tar.gz | tar -xz -C /opt \\\n && curl -s https://api.github.com/repos/o/r/releases/latest | python3 -c "import json,sys; print(json.load(sys.stdin)['tag_name'])"\n` },
    { name: 'shell -c with its own program reads curl output as data', dockerfile: `${AL}\nRUN curl -fsSL https://example.org/list.txt | sh -c 'while read p; do echo "$p"; done'\n` },
    { name: 'substitution used as an argument, not a program', dockerfile: `${AL}\nRUN bash /opt/install.sh "$(curl -fsSL https://example.org/VERSION)" \\\n && echo "$(curl -s https://example.org/motd)"\n` },
    { name: 'signature verified with gpg', dockerfile: `${AL}\nRUN wget -O /tmp/get.sh https://example.org/get.sh && wget -O /tmp/get.sh.asc https://example.org/get.sh.asc \\\n && gpg --verify /tmp/get.sh.asc /tmp/get.sh && bash /tmp/get.sh\n` },
    {
      name: 'multi-stage: pinned archive in a builder',
      dockerfile: `FROM golang:1.23${D} AS build\nRUN curl -fsSLO https://example.org/tool-1.2.3.tar.gz && tar -xzf tool-1.2.3.tar.gz\n${AL}\nCOPY --from=build /go/bin/app /var/runtime/bootstrap\n`,
    },
    { name: 'heredoc with a package manager install', dockerfile: `${PY}\nRUN <<EOF\nset -e\npip install --no-cache-dir poetry==1.8.3\ncurl -fsSL https://example.org/data.json -o /tmp/data.json\nEOF\n` },
    { name: 'wget to a file piped nowhere', dockerfile: `${AL}\nRUN wget -q https://example.org/install.sh | cat\n` },
  ],
  invalid: [
    { name: 'curl piped into sh', dockerfile: `${AL}\nRUN curl -fsSL https://get.example.org | sh\n`, errors: [{ messageId: 'piped', line: 2, severity: 'warning', message: /curl output from https:\/\/get\.example\.org is piped into sh/ }] },
    { name: 'piped into sudo bash across a continuation', dockerfile: `${AL}\nRUN dnf install -y tar && \\\n    curl -sL https://rpm.nodesource.com/setup_20.x \\\n    | sudo bash -\n`, errors: [{ messageId: 'piped', line: 2, message: /sudo bash/ }] },
    { name: 'wget -O- into bash -s --', dockerfile: `${AL}\nRUN wget -qO- https://example.org/install.sh | bash -s -- --version 1.2\n`, errors: [{ messageId: 'piped', message: /wget output/ }] },
    { name: 'curl into python3 -', dockerfile: `${PY}\nRUN curl -sSL https://install.python-poetry.org | python3 -\n`, errors: [{ messageId: 'piped', message: /python3/ }] },
    { name: 'sh -c with command substitution', dockerfile: `${AL}\nRUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/o/r/main/install.sh)"\n`, errors: [{ messageId: 'substituted', message: /command substitution/ }] },
    { name: 'bash with process substitution', dockerfile: `${AL}\nRUN bash <(curl -s https://example.org/setup.sh)\n`, errors: [{ messageId: 'substituted', message: /process substitution/ }] },
    { name: 'ARG-resolved URL in a heredoc script', dockerfile: `${AL}\nARG INSTALLER=https://example.org/install.sh\nRUN <<EOF\nset -e\ncurl -fsSL "$INSTALLER" | bash\nEOF\n`, errors: [{ messageId: 'piped', line: 3 }] },
    { name: 'inside sh -c in a builder stage', dockerfile: `FROM amazonlinux:2023${D} AS build\nRUN sh -c 'curl -fsSL https://sh.rustup.rs | sh -s -- -y'\n${AL}\nCOPY --from=build /root/.cargo/bin/app /var/runtime/bootstrap\n`, errors: [{ messageId: 'piped', line: 2 }] },
    { name: 'downloaded script run without a check', dockerfile: `${AL}\nRUN curl -fsSL -o /tmp/install.sh https://example.org/install.sh \\\n && chmod +x /tmp/install.sh && /tmp/install.sh --prefix /opt\n`, errors: [{ messageId: 'downloadedRun', severity: 'info', message: /\/tmp\/install\.sh/ }] },
    { name: 'eval of a download', dockerfile: `${AL}\nRUN eval "$(curl -fsSL https://example.org/env.sh)"\n`, errors: [{ messageId: 'substituted', message: /eval/ }] },
  ],
});
